package org.throughcare.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.user.ReferenceDataList;

@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    ReferenceDataList bankHolidays() {
        return new ReferenceDataList(
                "Bank holidays",
                "The days, besides weekends, that deadlines counted in working days skip.",
                "/admin/bank-holidays",
                90);
    }
}
