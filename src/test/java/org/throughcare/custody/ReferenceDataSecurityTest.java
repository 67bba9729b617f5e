package org.throughcare.custody;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** Every mapping under /admin in this module declares, on the method itself, that it is for administrators. */
@SpringBootTest
class ReferenceDataSecurityTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyAdminMappingNeedsTheAdminRole() {
        var methods = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().equals(getClass().getPackageName()))
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/admin/")))
                .toList();

        assertThat(methods).hasSizeGreaterThanOrEqualTo(13);
        assertThat(methods).allSatisfy(e -> {
            PreAuthorize rule = AnnotationUtils.findAnnotation(e.getValue().getMethod(), PreAuthorize.class);
            assertThat(rule).as(e.getValue().toString()).isNotNull();
            assertThat(rule.value()).as(e.getValue().toString()).isEqualTo("hasRole('ADMIN')");
        });
    }
}
