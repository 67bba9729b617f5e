package org.throughcare.user;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in that gives nothing away. A throttled address is refused before any
 * lookup; otherwise the password is always checked first (for unknown usernames against a dummy hash), and
 * only a correct password learns that the account is disabled. So an unknown username, a wrong password
 * and a disabled account take the same time and get the same answer.
 */
class SignInAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    SignInAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (throttle.refuses(clientAddress(authentication), authentication.getName())) {
            throw new Throttled();
        }
        Authentication signedIn = passwords.authenticate(authentication);
        // The sign-in is stored in the session table: without the password hash (Spring Security erases the
        // credentials of a principal it can change; a SignedInUser is a record).
        if (signedIn.getPrincipal() instanceof SignedInUser user && user.passwordHash() != null) {
            UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken.authenticated(
                    user.withoutPasswordHash(), null, signedIn.getAuthorities());
            kept.setDetails(signedIn.getDetails());
            return kept;
        }
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }

    /** Too many failures from this address; a kind of lock, so that the usual failure event is published. */
    static final class Throttled extends LockedException {
        Throttled() {
            super("Too many failed sign-ins from this address");
        }
    }
}
