package org.throughcare.referral;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.user.ReferenceDataList;
import org.throughcare.user.RoleGroup;
import org.throughcare.web.NavigationEntry;

@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

    @Bean
    NavigationEntry referralHome() {
        return new NavigationEntry("Home", "/liaison", 10, RoleGroup.LIAISON_AND_DIVERSION::includes);
    }

    @Bean
    NavigationEntry referralLists() {
        return new NavigationEntry("Referrals", "/referrals", 25, RoleGroup.WORKERS::includes);
    }

    @Bean
    ReferenceDataList providerList() {
        return new ReferenceDataList(
                "Providers",
                "The organisations people are referred to (treatment, alcohol, mental health, housing and more), with their contact details.",
                "/admin/providers",
                50);
    }
}
