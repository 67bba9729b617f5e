package org.throughcare.compliance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.throughcare.common.RuleViolationException;
import org.throughcare.web.DateInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a checklist revision, every problem at once on its field, and barrier matching; no Spring. */
class ChecklistRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 17);

    @Test
    void aCompleteFirstRevisionHasNoProblems() {
        assertThat(ChecklistRules.problems(answers(ChecklistReason.START, true, TODAY), true, TODAY))
                .isEmpty();
    }

    @Test
    void aPresentBarrierNeedsAStrategyAndAReviewDateNotInThePast() {
        List<ChecklistAnswers.BarrierAnswer> barriers = absentAll();
        barriers.set(5, ChecklistAnswers.BarrierAnswer.present(Barrier.HOUSING, "No address", " ", null, null));
        barriers.set(
                2, ChecklistAnswers.BarrierAnswer.present(Barrier.MEDICAL, null, "Letters", null, TODAY.minusDays(1)));
        barriers.set(8, ChecklistAnswers.BarrierAnswer.present(Barrier.MENTAL_HEALTH, null, "Quiet room", "x", TODAY));
        List<RuleViolationException> problems = ChecklistRules.problems(
                new ChecklistAnswers(ChecklistReason.START, barriers, false, null), true, TODAY);

        assertThat(fields(problems)).containsExactly("barriers[2].reviewOn", "barriers[5].strategy");
        assertThat(problems.get(0).getMessage())
                .isEqualTo("The review date for medical conditions must be today or in the future");
        assertThat(problems.get(1).getMessage()).isEqualTo("Enter the strategy agreed for housing");
    }

    @Test
    void aBarrierNotAnsweredAndAnAgreementWithoutADateAreReportedTogether() {
        List<ChecklistAnswers.BarrierAnswer> barriers = absentAll();
        barriers.set(0, new ChecklistAnswers.BarrierAnswer(Barrier.SCHEDULING, null, null, null, null, null));

        assertThat(fields(ChecklistRules.problems(new ChecklistAnswers(null, barriers, true, null), true, TODAY)))
                .containsExactly("reason", "barriers[0].present", "agreedOn");
        assertThat(fields(ChecklistRules.problems(
                        new ChecklistAnswers(ChecklistReason.START, absentAll(), null, null), true, TODAY)))
                .containsExactly("personAgreed");
    }

    /** The agreement date: any day up to today, never tomorrow; not needed when the person did not agree. */
    @ParameterizedTest
    @CsvSource({"true, -400, ", "true, 0, ", "true, 1, agreedOn", "false, , "})
    void theDateAgreedIsNotInTheFuture(boolean agreed, Integer offset, String problem) {
        LocalDate on = offset == null ? null : TODAY.plusDays(offset);
        List<String> fields = fields(ChecklistRules.problems(answers(ChecklistReason.START, agreed, on), true, TODAY));
        assertThat(fields).isEqualTo(problem == null ? List.of() : List.of(problem));
    }

    /** The first revision is the one made at the start; later ones follow a failure or a review. */
    @ParameterizedTest
    @CsvSource({
        "START, true, ",
        "AFTER_FAILURE, true, reason",
        "REVIEW, true, reason",
        "START, false, reason",
        "AFTER_FAILURE, false, ",
        "REVIEW, false, "
    })
    void theReasonFitsTheRevision(ChecklistReason reason, boolean first, String problem) {
        List<String> fields = fields(ChecklistRules.problems(answers(reason, true, TODAY), first, TODAY));
        assertThat(fields).isEqualTo(problem == null ? List.of() : List.of(problem));
    }

    @Test
    void textsHaveTheirLimits() {
        List<ChecklistAnswers.BarrierAnswer> barriers = absentAll();
        barriers.set(
                4,
                ChecklistAnswers.BarrierAnswer.present(
                        Barrier.TRAVEL, "d".repeat(1001), "s".repeat(1001), "o".repeat(121), null));
        barriers.set(
                6,
                ChecklistAnswers.BarrierAnswer.present(
                        Barrier.WORK_OR_TRAINING_HOURS, "d".repeat(1000), "s".repeat(1000), "o".repeat(120), null));

        assertThat(fields(ChecklistRules.problems(
                        new ChecklistAnswers(ChecklistReason.START, barriers, false, null), true, TODAY)))
                .containsExactly("barriers[4].detail", "barriers[4].strategy", "barriers[4].owner");
    }

    @Test
    void everyBarrierMustBeAnsweredOnceInOrder() {
        List<ChecklistAnswers.BarrierAnswer> barriers = absentAll();
        barriers.remove(9);
        assertThat(ChecklistRules.problems(
                        new ChecklistAnswers(ChecklistReason.START, barriers, false, null), true, TODAY))
                .extracting(RuleViolationException::getMessage)
                .containsExactly("Answer every barrier on the checklist");
    }

    /** Absence reasons of appointments (V35's codes) against the barriers they point to. */
    @ParameterizedTest
    @CsvSource({
        "MEDICAL, 'MEDICAL,MENTAL_HEALTH'",
        "EMPLOYMENT, WORK_OR_TRAINING_HOURS",
        "FAMILY_OR_CHILDCARE, 'FAMILY_COMMITMENTS,CHILDCARE'",
        "COURT_OR_LEGAL, ''",
        "RELIGIOUS, ''",
        "REMANDED_IN_CUSTODY, ''",
        "OTHER, ''",
        "NOT_A_REASON, ''"
    })
    void absenceReasonsMatchBarriers(String reason, String barriers) {
        List<String> matched = java.util.Arrays.stream(Barrier.values())
                .filter(b -> b.matchesAbsenceReason(reason))
                .map(Barrier::name)
                .toList();
        assertThat(String.join(",", matched)).isEqualTo(barriers);
        assertThat(Barrier.MEDICAL.matchesAbsenceReason(null)).isFalse();
    }

    @Test
    void strategiesAreMatchedToAnAbsenceReasonFromThePresentBarriers() {
        List<BarrierStrategy> present = List.of(
                new BarrierStrategy(Barrier.CHILDCARE, null, "School hours", null, null),
                new BarrierStrategy(Barrier.HOUSING, null, "Housing options", null, null),
                new BarrierStrategy(Barrier.MENTAL_HEALTH, null, "Quiet room", null, null));
        assertThat(BarrierStrategy.matching(present, "FAMILY_OR_CHILDCARE"))
                .extracting(BarrierStrategy::strategy)
                .containsExactly("School hours");
        assertThat(BarrierStrategy.matching(present, "MEDICAL"))
                .extracting(BarrierStrategy::label)
                .containsExactly("Mental health");
        assertThat(BarrierStrategy.matching(present, "COURT_OR_LEGAL")).isEmpty();
    }

    @Test
    void theBarrierLabelsAreThoseOfTheGuidance() {
        assertThat(Barrier.values())
                .extracting(Barrier::label)
                .containsExactly(
                        "Appointment scheduling and timing",
                        "Family or other commitments",
                        "Medical conditions",
                        "Childcare responsibilities",
                        "Travel logistics (cost, distance, route)",
                        "Housing",
                        "Work or training hours",
                        "Literacy or language",
                        "Mental health",
                        "Phone or digital access");
    }

    @Test
    void theFormReportsAReviewDateThatIsNotARealDateAndATamperedListOfBarriers() {
        ChecklistForm form = ChecklistForm.empty();
        form.getBarriers().get(3).setPresent(true);
        form.getBarriers().get(3).setReviewOn(new DateInput("31", "2", "2027"));
        form.getBarriers().get(4).setPresent(false);
        form.getBarriers().get(4).setReviewOn(new DateInput("31", "2", "2027"));
        assertThat(form.formProblems())
                .extracting(RuleViolationException::field, RuleViolationException::getMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "barriers[3].reviewOn", "The review date for childcare responsibilities must be a real date"));

        form.getBarriers().remove(0);
        assertThat(form.formProblems())
                .extracting(RuleViolationException::field)
                .containsExactly((String) null);
    }

    @Test
    void theFormGivesTheAnswersAndDropsTheDateAgreedWhenThePersonDidNot() {
        ChecklistForm form = ChecklistForm.empty();
        form.getBarriers().forEach(b -> b.setPresent(false));
        form.setReason(ChecklistReason.START);
        form.setPersonAgreed(false);
        form.setAgreedOn(DateInput.of(TODAY));
        ChecklistAnswers answers = form.toAnswers();
        assertThat(answers.agreedOn()).isNull();
        assertThat(answers.barriers())
                .extracting(ChecklistAnswers.BarrierAnswer::barrier)
                .containsExactly(Barrier.values());
        assertThat(ChecklistRules.problems(answers, true, TODAY)).isEmpty();
        assertThat(ChecklistForm.fieldOrder())
                .startsWith("reason,barriers[0].present,")
                .endsWith(",personAgreed,agreedOn");
    }

    static ChecklistAnswers answers(ChecklistReason reason, boolean agreed, LocalDate agreedOn) {
        List<ChecklistAnswers.BarrierAnswer> barriers = absentAll();
        barriers.set(
                3,
                ChecklistAnswers.BarrierAnswer.present(
                        Barrier.CHILDCARE, "Sole carer", "Appointments in school hours", "Officer", TODAY));
        return new ChecklistAnswers(reason, barriers, agreed, agreedOn);
    }

    static List<ChecklistAnswers.BarrierAnswer> absentAll() {
        List<ChecklistAnswers.BarrierAnswer> barriers = new ArrayList<>();
        for (Barrier barrier : Barrier.values()) {
            barriers.add(ChecklistAnswers.BarrierAnswer.absent(barrier));
        }
        return barriers;
    }

    private static List<String> fields(List<RuleViolationException> problems) {
        return problems.stream().map(RuleViolationException::field).toList();
    }
}
