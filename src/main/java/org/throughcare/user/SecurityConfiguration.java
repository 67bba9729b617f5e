package org.throughcare.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.throughcare.web.StaticResources;

/**
 * Everything needs a signed-in user except the sign-in page, static assets and health probes. Which
 * role may use which page is declared on each controller method with {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String SIGN_IN = "/sign-in";

    /** No inline script or style anywhere: JavaScript and CSS come from our own origin only. */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Static files are public and need no session: this chain neither reads nor saves one (nor a CSRF token
     * or security context), so a stylesheet costs no database round trip. Their own cache headers stand.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
        http.securityMatcher(StaticResources.PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, RefusedAccessAudit refusedAccess) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                SIGN_IN, "/error", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN)
                        .loginProcessingUrl(SIGN_IN)
                        .successHandler(successHandler())
                        .failureHandler(failureHandler()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut"))
                .sessionManagement(session -> session.invalidSessionUrl(SIGN_IN + "?timedOut"))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(refusedAccess))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
        return http.build();
    }

    /**
     * No observation around each of Spring Security's filters: with {@code management.observations.enable.spring.security}
     * off they recorded nothing, but every filter was still wrapped and each wrapper built an observation that did
     * nothing, on every request (about 3% of a person page in a profile). Requests are still observed as a whole
     * (http.server.requests), and sign-ins and access decisions as before.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SignInAuthenticationProvider signInAuthenticationProvider(
            UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        return new SignInAuthenticationProvider(users, encoder, throttle);
    }

    private static SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        handler.setAlwaysUseDefaultTargetUrl(false);
        return handler;
    }

    /** Sends the user back to the sign-in page with what went wrong and the username they typed. */
    private static AuthenticationFailureHandler failureHandler() {
        SessionFlashMapManager flashMaps = new SessionFlashMapManager();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            FlashMap flash = new FlashMap();
            flash.put(
                    "signInError",
                    SignInError.of(exception, request.getParameter("username"), request.getParameter("password")));
            String username = request.getParameter("username");
            flash.put("username", username == null ? "" : username.trim());
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + SIGN_IN);
        };
    }

    /**
     * Why sign-in failed, worded for the user without revealing whether the username exists: an unknown
     * username gets the same answer as a wrong password, also once the attempts are throttled, and only the
     * right password learns that an account is disabled.
     */
    enum SignInError {
        MISSING_USERNAME("username", "Enter your username"),
        MISSING_PASSWORD("password", "Enter your password"),
        CREDENTIALS("username", "Enter a correct username and password"),
        LOCKED(
                "username",
                "There have been too many failed attempts to sign in from here. Wait %d minutes, "
                        + "then try again. If you still cannot sign in, ask an administrator"),
        DISABLED("username", "Your account has been disabled. Ask an administrator if you still need access");

        private final String field;
        private final String message;

        SignInError(String field, String message) {
            this.field = field;
            this.message = message;
        }

        static SignInError of(AuthenticationException exception, String username, String password) {
            if (!StringUtils.hasText(username)) {
                return MISSING_USERNAME;
            }
            if (!StringUtils.hasText(password)) {
                return MISSING_PASSWORD;
            }
            if (exception instanceof LockedException) {
                return LOCKED;
            }
            if (exception instanceof DisabledException) {
                return DISABLED;
            }
            return CREDENTIALS;
        }

        public String field() {
            return field;
        }

        /** The message, with the configured lock duration where it mentions one. */
        public String message(SecurityProperties properties) {
            return message.formatted(properties.lockDuration().toMinutes());
        }
    }
}
