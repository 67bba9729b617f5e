package org.throughcare.user;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, as the page header shows it; null on pages seen before signing in. */
@ControllerAdvice
class SignedInBanner {

    public record SignedIn(String displayName, String roleLabel, String teamName) {}

    @ModelAttribute("signedIn")
    SignedIn signedIn(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return new SignedIn(user.displayName(), user.role().label(), user.teamName());
        }
        return new SignedIn(authentication.getName(), null, null);
    }
}
