package org.throughcare.treatment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.user.RoleGroup;
import org.throughcare.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class TreatmentNavigation {

    @Bean
    NavigationEntry treatmentHome() {
        return new NavigationEntry("Home", "/treatment", 10, RoleGroup.TREATMENT_WORKERS::includes);
    }
}
