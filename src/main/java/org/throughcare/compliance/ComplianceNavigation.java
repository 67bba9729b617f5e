package org.throughcare.compliance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.user.RoleGroup;
import org.throughcare.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ComplianceNavigation {

    @Bean
    NavigationEntry complianceHome() {
        return new NavigationEntry("Home", "/probation", 10, RoleGroup.PROBATION_OFFICERS::includes);
    }
}
