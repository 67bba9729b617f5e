package org.throughcare.order;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.user.ReferenceDataList;

@Configuration(proxyBeanMethods = false)
class OrderNavigation {

    @Bean
    ReferenceDataList courtList() {
        return new ReferenceDataList(
                "Courts",
                "The magistrates’ and Crown courts that make community and suspended sentence orders.",
                "/admin/courts",
                60);
    }
}
