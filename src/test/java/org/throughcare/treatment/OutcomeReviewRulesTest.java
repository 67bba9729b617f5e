package org.throughcare.treatment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.throughcare.common.RuleViolationException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of outcome reviews without Spring: ranges at their boundaries, every answer required, one start review
 * that is the earliest, an exit review only on an ended episode and the latest, and the day within the episode.
 */
class OutcomeReviewRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 17);
    static final LocalDate START = LocalDate.of(2025, 10, 1);

    @Test
    void aCompleteStartReviewOfAnOpenEpisodeHasNoProblems() {
        assertThat(check(OutcomeReviewKind.START, START, items(), open(), List.of()))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource({
        "alcoholDays, 0, ",
        "alcoholDays, 28, ",
        "alcoholDays, 29, The number of days using alcohol must be from 0 to 28",
        "alcoholDays, -1, The number of days using alcohol must be from 0 to 28",
        "tobaccoDays, 29, The number of days using tobacco must be from 0 to 28",
        "injectingDays, 29, The number of days injecting must be from 0 to 28",
        "violenceDays, 29, The number of days of assault or violence must be from 0 to 28",
        "psychologicalHealth, 20, ",
        "psychologicalHealth, 21, The psychological health score must be from 0 to 20",
        "qualityOfLife, -1, The quality of life score must be from 0 to 20",
        "paidWorkDays, 28, ",
        "educationDays, 29, The number of days in education must be from 0 to 28"
    })
    void eachItemIsCheckedAgainstItsRange(String field, int value, String problem) {
        List<RuleViolationException> problems = OutcomeReviewRules.checkItems(with(field, value));
        if (problem == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo(field);
                assertThat(p.getMessage()).isEqualTo(problem);
            });
        }
    }

    @Test
    void everyUnansweredItemIsReportedAtOnceInPageOrder() {
        OutcomeItems none = new OutcomeItems(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        List<String> fields = fields(OutcomeReviewRules.checkItems(none));
        assertThat(fields).hasSize(22);
        assertThat(fields.subList(0, 3)).containsExactly("alcoholDays", "opiateDays", "crackDays");
        assertThat(fields).containsSubsequence("injectingDays", "sharedEquipment", "shopliftingDays");
        assertThat(fields.subList(19, 22)).containsExactly("educationDays", "acuteHousingProblem", "evictionRisk");
    }

    @Test
    void equipmentCannotBeSharedWithoutInjecting() {
        OutcomeItems shared =
                new OutcomeItems(0, 0, 0, 0, 0, 0, 0, 0, 0, true, 0, 0, 0, 0, 0, 10, 10, 10, 0, 0, false, false);
        assertThat(OutcomeReviewRules.checkItems(shared))
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("sharedEquipment"));
    }

    @Test
    void theKindDateAndWhoAreRequired() {
        assertThat(fields(OutcomeReviewRules.check(
                        new OutcomeReviewDetails(null, null, " ", items()), open(), List.of(), TODAY)))
                .containsExactly("kind", "reviewedOn", "conductedBy");
    }

    @Test
    void theDayIsWithinTheEpisodeAndNotInTheFuture() {
        assertThat(check(OutcomeReviewKind.START, START.minusDays(1), items(), open(), List.of()))
                .extracting(RuleViolationException::getMessage)
                .containsExactly("The date cannot be before the episode started, on 1 October 2025");
        assertThat(fields(check(OutcomeReviewKind.REVIEW, TODAY.plusDays(1), items(), open(), List.of())))
                .containsExactly("reviewedOn");
        assertThat(check(OutcomeReviewKind.REVIEW, TODAY, items(), open(), List.of()))
                .isEmpty();
        TreatmentEpisode ended = ended(START.plusDays(100));
        assertThat(check(OutcomeReviewKind.EXIT, START.plusDays(101), items(), ended, List.of()))
                .extracting(RuleViolationException::getMessage)
                .containsExactly("The date cannot be after the episode ended, on 9 January 2026");
        assertThat(check(OutcomeReviewKind.EXIT, START.plusDays(100), items(), ended, List.of()))
                .isEmpty();
    }

    @Test
    void oneStartReviewAndItIsTheEarliest() {
        List<OutcomeReview> started = List.of(review(OutcomeReviewKind.START, START.plusDays(2)));
        assertThat(check(OutcomeReviewKind.START, START.plusDays(3), items(), open(), started))
                .extracting(RuleViolationException::getMessage)
                .containsExactly(
                        "This episode already has its treatment start review, on 3 October 2025",
                        "The start review must be the earliest: there is a review on 3 October 2025");
        assertThat(check(OutcomeReviewKind.REVIEW, START.plusDays(1), items(), open(), started))
                .extracting(RuleViolationException::getMessage)
                .containsExactly("The date cannot be before the start review, on 3 October 2025");
        assertThat(check(OutcomeReviewKind.REVIEW, START.plusDays(2), items(), open(), started))
                .isEmpty();

        List<OutcomeReview> reviewed = List.of(review(OutcomeReviewKind.REVIEW, START.plusDays(180)));
        assertThat(fields(check(OutcomeReviewKind.START, START.plusDays(181), items(), open(), reviewed)))
                .containsExactly("reviewedOn");
        assertThat(check(OutcomeReviewKind.START, START.plusDays(1), items(), open(), reviewed))
                .isEmpty();
    }

    @Test
    void anExitReviewOnlyOnAnEndedEpisodeOnceAndTheLatest() {
        assertThat(check(OutcomeReviewKind.EXIT, START.plusDays(10), items(), open(), List.of()))
                .extracting(RuleViolationException::getMessage)
                .containsExactly(
                        "An exit review can only be recorded once the episode has ended: record its end first");

        TreatmentEpisode ended = ended(START.plusDays(200));
        List<OutcomeReview> reviews =
                List.of(review(OutcomeReviewKind.START, START), review(OutcomeReviewKind.REVIEW, START.plusDays(180)));
        assertThat(check(OutcomeReviewKind.EXIT, START.plusDays(170), items(), ended, reviews))
                .extracting(RuleViolationException::getMessage)
                .containsExactly("The exit review must be the latest: there is a review on 30 March 2026");
        assertThat(check(OutcomeReviewKind.REVIEW, START.plusDays(190), items(), ended, reviews))
                .extracting(RuleViolationException::getMessage)
                .containsExactly("This episode ended on 19 April 2026: only its exit review can be recorded");
        assertThat(check(OutcomeReviewKind.EXIT, START.plusDays(200), items(), ended, reviews))
                .isEmpty();
        assertThat(OutcomeReviewRules.kindsAllowed(ended, reviews)).containsExactly(OutcomeReviewKind.EXIT);
        assertThat(OutcomeReviewRules.kindsAllowed(open(), reviews)).containsExactly(OutcomeReviewKind.REVIEW);
        assertThat(OutcomeReviewRules.kindsAllowed(open(), List.of()))
                .containsExactly(OutcomeReviewKind.START, OutcomeReviewKind.REVIEW);

        List<OutcomeReview> exited =
                List.of(review(OutcomeReviewKind.START, START), review(OutcomeReviewKind.EXIT, START.plusDays(200)));
        assertThat(OutcomeReviewRules.allows(ended, exited).refusal())
                .isEqualTo("This episode ended on 19 April 2026 and its exit review is recorded:"
                        + " no more outcome reviews can be recorded");
        assertThat(fields(check(OutcomeReviewKind.EXIT, START.plusDays(200), items(), ended, exited)))
                .containsExactly((String) null);
        assertThat(OutcomeReviewRules.kindsAllowed(ended, exited)).isEmpty();
    }

    private static List<RuleViolationException> check(
            OutcomeReviewKind kind,
            LocalDate on,
            OutcomeItems items,
            TreatmentEpisode episode,
            List<OutcomeReview> existing) {
        return OutcomeReviewRules.check(
                new OutcomeReviewDetails(kind, on, "Sam Okoro", items), episode, existing, TODAY);
    }

    private static TreatmentEpisode open() {
        return new TreatmentEpisode(
                1L, 2L, null, 3L, new EpisodeDetails(TreatmentSetting.COMMUNITY, "Sam Okoro", START, null, null, 0));
    }

    private static TreatmentEpisode ended(LocalDate on) {
        TreatmentEpisode episode = open();
        episode.exit(on, ExitReason.COMPLETED_FREE_OF_DEPENDENCY, "worker");
        return episode;
    }

    private static OutcomeReview review(OutcomeReviewKind kind, LocalDate on) {
        return new OutcomeReview(1L, 1L, kind, on, "Sam Okoro", items());
    }

    static OutcomeItems items() {
        return new OutcomeItems(3, 20, 4, 0, 0, 10, 0, 28, 12, false, 2, 0, 0, 1, 0, 8, 9, 7, 0, 0, true, false);
    }

    /** All valid, but {@code field} set to {@code value}. */
    private static OutcomeItems with(String field, int value) {
        OutcomeItems i = items();
        Integer[] v = {
            i.alcoholDays(),
            i.opiateDays(),
            i.crackDays(),
            i.cocaineDays(),
            i.amphetamineDays(),
            i.cannabisDays(),
            i.otherDrugDays(),
            i.tobaccoDays(),
            i.injectingDays(),
            i.shopliftingDays(),
            i.sellingDrugsDays(),
            i.vehicleTheftDays(),
            i.theftBurglaryDays(),
            i.violenceDays(),
            i.psychologicalHealth(),
            i.physicalHealth(),
            i.qualityOfLife(),
            i.paidWorkDays(),
            i.educationDays()
        };
        List<OutcomeItem> order = List.of(OutcomeItem.values());
        v[
                order.indexOf(order.stream()
                        .filter(o -> o.field().equals(field))
                        .findFirst()
                        .orElseThrow())] = value;
        return new OutcomeItems(
                v[0],
                v[1],
                v[2],
                v[3],
                v[4],
                v[5],
                v[6],
                v[7],
                v[8],
                i.sharedEquipment(),
                v[9],
                v[10],
                v[11],
                v[12],
                v[13],
                v[14],
                v[15],
                v[16],
                v[17],
                v[18],
                i.acuteHousingProblem(),
                i.evictionRisk());
    }

    private static List<String> fields(List<RuleViolationException> problems) {
        return problems.stream().map(RuleViolationException::field).toList();
    }
}
