package org.throughcare.user;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.database.RunMode;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The sign-in page. Spring Security handles the POST; a failure comes back here as a flash attribute
 * and is shown with the same error summary and field errors as every other form.
 */
@Controller
class SignInController {

    static final String VIEW = "user/sign-in";

    private final RunMode runMode;
    private final SecurityProperties security;

    private final Duration sessionTimeout;

    SignInController(
            RunMode runMode,
            SecurityProperties security,
            @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        this.runMode = runMode;
        this.security = security;
        this.sessionTimeout = sessionTimeout;
    }

    record DemoAccount(String username, String role) {}

    @GetMapping(SecurityConfiguration.SIGN_IN)
    @PreAuthorize("permitAll()")
    String signIn(Model model, Authentication authentication) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        SignInForm form = new SignInForm();
        Object username = model.getAttribute("username");
        form.setUsername(username == null ? null : username.toString());
        BindingResult result = new BeanPropertyBindingResult(form, "signInForm");
        if (model.getAttribute("signInError") instanceof SecurityConfiguration.SignInError error) {
            result.rejectValue(error.field(), "signIn." + error.name(), error.message(security));
        }
        model.addAttribute("signInForm", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "signInForm", result);
        model.addAttribute("sessionTimeoutMinutes", sessionTimeout.toMinutes());
        model.addAttribute("demoAccounts", runMode.demo() ? demoAccounts() : List.of());
        return VIEW;
    }

    private static List<DemoAccount> demoAccounts() {
        return Arrays.stream(Role.values())
                .map(role -> new DemoAccount(DemoUsernames.of(role), role.label()))
                .toList();
    }
}
