package org.throughcare.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.database.RunMode;

/**
 * Sessions are kept in PostgreSQL by Spring Session JDBC (tables created by Flyway), shared by every node.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String COOKIE_NAME = "SESSION";

    /**
     * Spring Session (which takes this bean by its name) runs its statements in a new transaction of its own
     * by default. Joining the caller's
     * instead lets an account change and the end of that user's sessions commit together; outside a
     * transaction (saving the session after each request) it still gets one of its own.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        TransactionTemplate required = new TransactionTemplate(transactionManager);
        required.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        return required;
    }

    /**
     * The session cookie, declared here rather than left to the servlet container's settings so that it is
     * the same wherever the application runs: HttpOnly, SameSite=Lax, and Secure whenever the request came
     * over HTTPS (also behind a proxy, with SERVER_FORWARD_HEADERS_STRATEGY=framework) and always outside
     * demo mode, where a real deployment is served over HTTPS only.
     */
    @Bean
    DefaultCookieSerializer sessionCookie(RunMode runMode) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE_NAME);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (!runMode.demo()) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }
}
