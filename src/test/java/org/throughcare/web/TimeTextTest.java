package org.throughcare.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "14:30, 14:30",
                "09:05, 09:05",
                "9:05, 09:05",
                "14.30, 14:30",
                "00:00, 00:00",
                "23:59, 23:59",
                "' 7:15 ', 07:15",
                "2:30pm, 14:30",
                "2.30 pm, 14:30",
                "2pm, 14:00",
                "12am, 00:00",
                "12pm, 12:00",
                "11:59PM, 23:59",
                "12:15 a.m., 00:15",
                "24:00, none",
                "14:60, none",
                "1430, none",
                "13pm, none",
                "0am, none",
                "noon, none",
                "'', none",
                "14:3, none",
                "-1:00, none"
            })
    void parsesTimesAsGovUkAsksForThem(String text, String expected) {
        assertThat(TimeText.parse(text)).isEqualTo(expected == null ? null : LocalTime.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\" required={1}: {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "'', true, Enter the time of arrest",
                "'', false, none",
                "25:00, false, 'Time of arrest must be a real time, for example 14:30'",
                "14:30, true, none"
            })
    void explainsProblemsInGovUkWords(String text, boolean required, String expected) {
        assertThat(ValidTimeValidator.problem(text, "the time of arrest", required))
                .isEqualTo(expected);
    }
}
