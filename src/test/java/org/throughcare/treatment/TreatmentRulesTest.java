package org.throughcare.treatment;

import org.junit.jupiter.api.Test;
import org.throughcare.common.RuleViolationException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates of an episode, an intervention and an exit, every problem at once with its field. */
class TreatmentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 17);
    static final LocalDate START = LocalDate.of(2026, 5, 1);

    @Test
    void aCompleteEpisodeHasNoProblems() {
        assertThat(TreatmentRules.checkEpisode(episode(START, START.plusDays(2), START.plusDays(7)), TODAY))
                .isEmpty();
    }

    @Test
    void everyMissingOrMisplacedPartOfAnEpisodeIsReportedTogether() {
        assertThat(fields(TreatmentRules.checkEpisode(
                        new EpisodeDetails(null, " ", START, START.minusDays(1), TODAY.plusDays(1), 0), TODAY)))
                .containsExactly("setting", "keyWorker", "triagedOn", "carePlanOn");
        assertThat(fields(TreatmentRules.checkEpisode(episode(TODAY.plusDays(1), null, null), TODAY)))
                .containsExactly("startedOn");
    }

    @Test
    void anInterventionRunsWithinTheEpisodeAndNotIntoTheFuture() {
        assertThat(TreatmentRules.checkIntervention(START, null, START, TODAY)).isEmpty();
        assertThat(fields(TreatmentRules.checkIntervention(START.minusDays(1), START.minusDays(2), START, TODAY)))
                .containsExactly("startedOn", "endedOn");
        assertThat(fields(TreatmentRules.checkIntervention(START, TODAY.plusDays(1), START, TODAY)))
                .containsExactly("endedOn");
    }

    @Test
    void anExitNeedsAReasonAndComesAfterEverythingRecorded() {
        LocalDate lastIntervention = START.plusDays(20);
        assertThat(TreatmentRules.checkExit(
                        lastIntervention, ExitReason.COMPLETED_FREE_OF_DEPENDENCY, START, lastIntervention, TODAY))
                .isEmpty();
        List<RuleViolationException> early =
                TreatmentRules.checkExit(START.plusDays(5), null, START, lastIntervention, TODAY);
        assertThat(fields(early)).containsExactly("reason", "exitOn");
        assertThat(early.get(1).getMessage())
                .isEqualTo("The episode cannot end before 21 May 2026, the latest date recorded in it");
    }

    private static EpisodeDetails episode(LocalDate started, LocalDate triaged, LocalDate carePlan) {
        return new EpisodeDetails(TreatmentSetting.COMMUNITY, "Sam Okoro", started, triaged, carePlan, 0);
    }

    private static List<String> fields(List<RuleViolationException> problems) {
        return problems.stream().map(RuleViolationException::field).toList();
    }
}
