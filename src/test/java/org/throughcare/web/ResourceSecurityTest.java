package org.throughcare.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.throughcare.IntegrationTest;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every controller method of the application must say who may call it, on the method or its class, so a
 * new page can never be left open by forgetting the annotation.
 */
@IntegrationTest
class ResourceSecurityTest {

    private static final Set<String> SECURITY_ANNOTATIONS = Set.of(
            "org.springframework.security.access.prepost.PreAuthorize",
            "org.springframework.security.access.annotation.Secured",
            "jakarta.annotation.security.RolesAllowed",
            "javax.annotation.security.RolesAllowed");

    @Autowired
    ApplicationContext context;

    @Test
    void everyApplicationHandlerMethodDeclaresWhoMayCallIt() {
        Map<String, RequestMappingHandlerMapping> mappings = context.getBeansOfType(RequestMappingHandlerMapping.class);
        assertThat(mappings).as("request mapping beans").isNotEmpty();

        Set<String> checked = new TreeSet<>();
        Set<String> unsecured = new TreeSet<>();
        mappings.values()
                .forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
                    if (!handler.getBeanType().getName().startsWith("org.throughcare.")) {
                        return;
                    }
                    String name = describe(handler);
                    checked.add(name);
                    if (!secured(handler.getBeanType(), handler.getMethod())) {
                        unsecured.add(name + " " + info);
                    }
                }));

        assertThat(checked)
                .as("application handler methods found")
                .isNotEmpty()
                .anyMatch(name -> name.startsWith("UserAdminController."))
                .anyMatch(name -> name.startsWith("AuditLogController."))
                .anyMatch(name -> name.startsWith("SignInController."));
        assertThat(unsecured)
                .as("handler methods without @PreAuthorize, @Secured or @RolesAllowed")
                .isEmpty();
    }

    /** The check itself tells a secured handler from an open one, so the test above cannot pass by accident. */
    @Test
    void theCheckSpotsAMissingAnnotation() throws NoSuchMethodException {
        assertThat(secured(Open.class, Open.class.getDeclaredMethod("page"))).isFalse();
        assertThat(secured(SecuredMethod.class, SecuredMethod.class.getDeclaredMethod("page")))
                .isTrue();
        assertThat(secured(SecuredClass.class, SecuredClass.class.getDeclaredMethod("page")))
                .isTrue();
    }

    private static boolean secured(Class<?> type, Method method) {
        return hasSecurityAnnotation(method) || hasSecurityAnnotation(type);
    }

    private static boolean hasSecurityAnnotation(AnnotatedElement element) {
        return MergedAnnotations.from(element, SearchStrategy.TYPE_HIERARCHY).stream()
                .map(MergedAnnotation::getType)
                .anyMatch(type -> SECURITY_ANNOTATIONS.contains(type.getName()));
    }

    private static String describe(HandlerMethod handler) {
        return handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName()
                + List.of(handler.getMethod().getParameterTypes()).stream()
                        .map(Class::getSimpleName)
                        .toList();
    }

    static class Open {
        @GetMapping("/open")
        String page() {
            return "open";
        }
    }

    static class SecuredMethod {
        @GetMapping("/closed")
        @PreAuthorize("hasRole('ADMIN')")
        String page() {
            return "closed";
        }
    }

    @PreAuthorize("isAuthenticated()")
    static class SecuredClass {
        @GetMapping("/closed")
        String page() {
            return "closed";
        }
    }
}
