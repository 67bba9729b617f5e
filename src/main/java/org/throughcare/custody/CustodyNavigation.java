package org.throughcare.custody;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.user.ReferenceDataList;
import org.throughcare.user.RoleGroup;
import org.throughcare.web.NavigationEntry;

/** The custody worker's worklist in the navigation, and the custody reference data administrators maintain. */
@Configuration(proxyBeanMethods = false)
class CustodyNavigation {

    @Bean
    NavigationEntry worklist() {
        return new NavigationEntry("Worklist", "/custody", 10, RoleGroup.CUSTODY_WORKERS::includes);
    }

    @Bean
    ReferenceDataList custodySuites() {
        return new ReferenceDataList(
                "Custody suites",
                "Custody suites in each police force area, and the notification conditions in force at each.",
                "/admin/custody-suites",
                10);
    }

    @Bean
    ReferenceDataList offences() {
        return new ReferenceDataList(
                "Offences",
                "Offences someone may be arrested for, and which of them are trigger offences.",
                "/admin/offences",
                20);
    }

    @Bean
    ReferenceDataList testedSubstances() {
        return new ReferenceDataList(
                "Tested substances",
                "The substances a drug test on arrest reports on, and the order they are shown in.",
                "/admin/tested-substances",
                30);
    }
}
