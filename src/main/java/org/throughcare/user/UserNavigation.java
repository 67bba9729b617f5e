package org.throughcare.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.web.NavigationEntry;

import java.util.List;

/** The administration section of the service navigation. */
@Configuration(proxyBeanMethods = false)
class UserNavigation {

    @Bean
    NavigationEntry administration() {
        return new NavigationEntry("Administration", "/admin", 100, RoleGroup.ADMINISTRATORS::includes);
    }

    @Bean
    NavigationEntry users() {
        return new NavigationEntry("Users", "/admin/users", 110, RoleGroup.ADMINISTRATORS::includes);
    }

    @Bean
    NavigationEntry teams() {
        return new NavigationEntry("Teams", "/admin/teams", 120, RoleGroup.ADMINISTRATORS::includes);
    }

    /** Current on every reference data list's pages too, whichever module the list belongs to. */
    @Bean
    NavigationEntry referenceData(List<ReferenceDataList> lists) {
        return new NavigationEntry(
                "Reference data",
                "/admin/reference-data",
                130,
                RoleGroup.ADMINISTRATORS::includes,
                lists.stream().map(ReferenceDataList::path).toList());
    }

    @Bean
    NavigationEntry auditLog() {
        return new NavigationEntry("Audit log", "/admin/audit", 140, RoleGroup.ADMINISTRATORS::includes);
    }
}
