package org.throughcare.person;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.user.RoleGroup;
import org.throughcare.web.NavigationEntry;

/** The person register's entries in the service navigation, after each role's home page. */
@Configuration(proxyBeanMethods = false)
class PersonNavigation {

    @Bean
    NavigationEntry caseOpenings() {
        return new NavigationEntry("Case openings", "/case-openings", 20, RoleGroup.MANAGERS::includes);
    }

    @Bean
    NavigationEntry caseload() {
        return new NavigationEntry("My caseload", "/caseload", 30, RoleGroup.WORKERS::includes);
    }

    @Bean
    NavigationEntry findAPerson() {
        return new NavigationEntry("Find a person", "/people", 40, RoleGroup.WORKERS_AND_MANAGERS::includes);
    }
}
