package org.throughcare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Marks any page whose form has errors (or that shows an error message after a refused action), so the layout can start its title with "Error:" as the GOV.UK
 * pattern asks, without each page having to remember.
 */
class ErrorTitleInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = "pageHasErrors";

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (modelAndView == null || modelAndView.getModel().containsKey(ATTRIBUTE) || isRedirect(modelAndView)) {
            return;
        }
        boolean errors = modelAndView.getModel().containsKey("errorMessage")
                || modelAndView.getModel().values().stream()
                        .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
        modelAndView.addObject(ATTRIBUTE, errors);
    }

    /** A redirect renders no page, and anything added to its model would end up in the redirect URL. */
    private static boolean isRedirect(ModelAndView modelAndView) {
        String viewName = modelAndView.getViewName();
        return (viewName != null && viewName.startsWith("redirect:")) || modelAndView.getView() instanceof RedirectView;
    }
}
