package org.throughcare.user;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.env.Environment;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.database.RunMode;

import java.time.Duration;

/**
 * Sessions are kept in PostgreSQL by Spring Session JDBC (tables created by Flyway), shared by every node.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String COOKIE_NAME = "SESSION";

    /**
     * Spring Session (which takes this bean by its name) runs its statements in a new transaction of its own
     * by default. Here it joins the caller's transaction when there is one, so that an account change and the
     * end of that user's sessions commit together, and otherwise runs without one: reading the session at the
     * start of each request is then one round trip instead of three (begin, select, commit). A session saved
     * outside a transaction is written statement by statement; a crash between them at worst leaves a session
     * without its sign-in, and the user signs in again.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
        TransactionTemplate joinOrNone = new TransactionTemplate(transactionManager);
        joinOrNone.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        return joinOrNone;
    }

    /**
     * Two requests of one session that both add the same attribute (two tabs opened together after signing
     * in both create the CSRF token) would both insert it, and the second would fail on the primary key: the
     * page benchmark showed it as a 500. PostgreSQL's upsert lets the later one win instead.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes() {
        return sessions -> sessions.setCreateSessionAttributeQuery("""
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                VALUES (?, ?, ?)
                ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
                """);
    }

    /**
     * Session attributes are written with Java serialization, as Spring Session does by default, and read back
     * through {@link SessionAttributeReader}, which keeps the sign-in and CSRF token it has read: deserializing the
     * sign-in on every request cost more than a small page's own work. At most {@code
     * throughcare.session.read-cache-size} of them are kept, each for the session timeout after its last read.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeReader(Environment environment) {
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(
                byte[].class,
                Object.class,
                new SessionAttributeReader(
                        SessionConfiguration.class.getClassLoader(),
                        environment.getProperty("throughcare.session.read-cache-size", Long.class, 10_000L),
                        environment.getProperty(
                                "server.servlet.session.timeout", Duration.class, Duration.ofMinutes(30))));
        return sessions -> sessions.setConversionService(conversions);
    }

    /**
     * Wraps the JDBC session repository that Boot configures (declaring another SessionRepository bean would
     * switch Boot's off) so that a session's last access time is stored to {@code
     * throughcare.session.last-access-resolution}: see {@link CoarseLastAccessSessions}.
     */
    @Bean
    static BeanPostProcessor coarseLastAccessSessions(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcIndexedSessionRepository sessions) {
                    Duration resolution = environment.getProperty(
                            "throughcare.session.last-access-resolution", Duration.class, Duration.ofMinutes(1));
                    return new CoarseLastAccessSessions<>(sessions, resolution);
                }
                return bean;
            }
        };
    }

    /**
     * Around Spring Session's filter (order {@code Integer.MIN_VALUE + 50}): when a request ends, the session it
     * saved is forgotten (see {@link CoarseLastAccessSessions}), whatever happened in between.
     */
    @Bean
    FilterRegistrationBean<Filter> endOfRequestSessionCache() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } finally {
                CoarseLastAccessSessions.endOfRequest();
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
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
