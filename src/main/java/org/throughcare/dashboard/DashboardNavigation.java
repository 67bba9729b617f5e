package org.throughcare.dashboard;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.user.RoleGroup;
import org.throughcare.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class DashboardNavigation {

    @Bean
    NavigationEntry dashboardHome() {
        return new NavigationEntry("Dashboards", "/manager", 10, RoleGroup.MANAGERS_AND_ADMINISTRATORS::includes);
    }

    @Bean
    NavigationEntry programmesHome() {
        return new NavigationEntry("Programmes", "/programmes", 11, RoleGroup.MANAGERS_AND_ADMINISTRATORS::includes);
    }
}
