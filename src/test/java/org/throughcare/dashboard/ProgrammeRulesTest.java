package org.throughcare.dashboard;

import org.junit.jupiter.api.Test;
import org.throughcare.common.RuleViolationException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a programme's description, its partners and its self-assessment. */
class ProgrammeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 17);

    @Test
    void aCompleteDescriptionOfTheAreasTeamsPasses() {
        assertThat(ProgrammeRules.check(details(Set.of(1L, 2L), TODAY, TODAY.plusYears(2)), Set.of(1L, 2L, 3L)))
                .isEmpty();
    }

    @Test
    void anEmptyDescriptionNamesEveryMissingFieldOnce() {
        ProgrammeDetails empty =
                new ProgrammeDetails(" ", null, Set.of(), null, null, null, "", null, null, null, null, Set.of());
        assertThat(fields(ProgrammeRules.check(empty, Set.of(1L))))
                .containsExactly(
                        "name",
                        "kind",
                        "objectives",
                        "philosophy",
                        "setting",
                        "eligibility",
                        "fundingSource",
                        "fundedFrom",
                        "fundedTo",
                        "teamIds");
    }

    @Test
    void theFundingPeriodIsInOrderAndAtMostTenYears() {
        assertThat(messages(ProgrammeRules.check(details(Set.of(1L), TODAY, TODAY.minusDays(1)), Set.of(1L))))
                .containsExactly("The end of the funding period must be the same as or after its start");
        assertThat(ProgrammeRules.check(details(Set.of(1L), TODAY, TODAY), Set.of(1L)))
                .as("a one-day period")
                .isEmpty();
        assertThat(ProgrammeRules.check(details(Set.of(1L), TODAY, TODAY.plusYears(10)), Set.of(1L)))
                .isEmpty();
        assertThat(messages(ProgrammeRules.check(
                        details(Set.of(1L), TODAY, TODAY.plusYears(10).plusDays(1)), Set.of(1L))))
                .containsExactly("The funding period must be 10 years or shorter");
    }

    @Test
    void aTeamOfAnotherAreaIsRefused() {
        assertThat(messages(ProgrammeRules.check(details(Set.of(1L, 9L), TODAY, TODAY), Set.of(1L, 2L))))
                .containsExactly("Select teams of the programme's own area only");
    }

    @Test
    void aPartnersTrainingDateNeedsTheTrainingAndCannotBeInTheFuture() {
        assertThat(ProgrammeRules.checkPartner("Police", PartnerSector.POLICE, "Tests", null, null, TODAY))
                .isEmpty();
        assertThat(messages(ProgrammeRules.checkPartner(
                        "Police", PartnerSector.POLICE, "Tests", " ", TODAY.plusDays(1), TODAY)))
                .containsExactly(
                        "Describe the training given, or leave the date of training empty",
                        "The date of training must be today or in the past");
        assertThat(fields(ProgrammeRules.checkPartner("", null, null, null, null, TODAY)))
                .containsExactly("agency", "sector", "responsibilities");
    }

    @Test
    void theNextReviewIsInTheFutureAndWithinThreeYears() {
        assertThat(ProgrammeRules.checkAssessment(FactorRating.PARTLY, "Minutes", TODAY.plusDays(1), TODAY))
                .isEmpty();
        assertThat(messages(ProgrammeRules.checkAssessment(FactorRating.PARTLY, "Minutes", TODAY, TODAY)))
                .containsExactly("The date of the next review must be in the future");
        assertThat(ProgrammeRules.checkAssessment(FactorRating.PARTLY, "Minutes", TODAY.plusYears(3), TODAY))
                .isEmpty();
        assertThat(messages(ProgrammeRules.checkAssessment(
                        FactorRating.PARTLY, "Minutes", TODAY.plusYears(3).plusDays(1), TODAY)))
                .containsExactly("The date of the next review must be within 3 years");
        assertThat(fields(ProgrammeRules.checkAssessment(null, " ", null, TODAY)))
                .containsExactly("rating", "evidence", "reviewOn");
    }

    @Test
    void everySuccessFactorHasAUniqueSlugThatFindsItAgain() {
        for (SuccessFactor factor : SuccessFactor.values()) {
            assertThat(SuccessFactor.fromSlug(factor.slug())).contains(factor);
        }
        assertThat(SuccessFactor.fromSlug("TRAINING")).isEmpty();
        assertThat(SuccessFactor.values()).hasSize(12);
    }

    private static ProgrammeDetails details(Set<Long> teams, LocalDate from, LocalDate to) {
        return new ProgrammeDetails(
                "Scheme",
                ProgrammeKind.OTHER,
                Set.of(ProgrammeDetails.Objective.LESS_HARM),
                null,
                TreatmentPhilosophy.HARM_REDUCTION,
                ProgrammeSetting.COMMUNITY,
                "Adults",
                "Grant",
                from,
                to,
                null,
                teams);
    }

    private static List<String> fields(List<RuleViolationException> problems) {
        return problems.stream().map(RuleViolationException::field).toList();
    }

    private static List<String> messages(List<RuleViolationException> problems) {
        return problems.stream().map(RuleViolationException::getMessage).toList();
    }
}
