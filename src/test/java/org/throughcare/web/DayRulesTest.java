package org.throughcare.web;

import org.junit.jupiter.api.Test;
import org.throughcare.common.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DayRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 17);

    @Test
    void aDayBeforeTheStepItFollowsAndInTheFutureIsRefusedWithBothProblems() {
        assertThat(check(TODAY.plusDays(1), TODAY.plusDays(2)))
                .containsExactly(
                        "The date cannot be before the release, on 19 June 2026",
                        "The date must be today or in the past");
    }

    @Test
    void theSameDayAsTheStepBeforeItAndTodayAreAllowedAndAMissingDayIsTheFormsToReport() {
        assertThat(check(TODAY, TODAY)).isEmpty();
        assertThat(check(null, TODAY)).isEmpty();
        assertThat(check(TODAY.minusDays(3), null)).isEmpty();
    }

    private static List<String> check(LocalDate day, LocalDate notBefore) {
        List<RuleViolationException> problems = new ArrayList<>();
        DayRules.check(problems, "on", day, notBefore, "the release", TODAY);
        return problems.stream().map(RuleViolationException::getMessage).toList();
    }
}
