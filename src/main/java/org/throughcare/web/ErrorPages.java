package org.throughcare.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Set;

/**
 * The error pages, in place of Spring Boot's own error controller: always the service's HTML page for the
 * status (never JSON, never a stack trace), and a plain visit to /error is a page that does not exist.
 */
@Controller
class ErrorPages implements ErrorController {

    /** Statuses with a page of their own in templates/error; the rest share templates/error.html. */
    private static final Set<Integer> OWN_PAGE = Set.of(403, 404, 409, 500, 503);

    @RequestMapping("/error")
    @PreAuthorize("permitAll()")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(status);
        model.addAttribute("status", status);
        return OWN_PAGE.contains(status) ? "error/" + status : "error";
    }
}
