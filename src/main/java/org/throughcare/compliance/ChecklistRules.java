package org.throughcare.compliance;

import org.throughcare.common.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a new revision of the compliance checklist must say, every problem at once, each on its form field
 * ({@code barriers[3].strategy}): every barrier answered, a strategy agreed for each barrier that is present, review
 * dates not in the past, the reason that fits the revision (the first is made at the start, later ones after a
 * failure or at a review), and the date the person agreed when they did, not in the future.
 */
final class ChecklistRules {

    static final int TEXT_MAX = 1000;
    static final int OWNER_MAX = 120;

    private ChecklistRules() {}

    static List<RuleViolationException> problems(ChecklistAnswers answers, boolean first, LocalDate today) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (answers.reason() == null) {
            problems.add(new RuleViolationException("reason", "Select why the checklist is being revised"));
        } else if (first && answers.reason() != ChecklistReason.START) {
            problems.add(new RuleViolationException(
                    "reason", "The first checklist for an order is the one made at its start"));
        } else if (!first && answers.reason() == ChecklistReason.START) {
            problems.add(
                    new RuleViolationException(
                            "reason",
                            "The checklist for the start of the order is already made: select after a failure to comply or a review"));
        }
        List<Barrier> answered = answers.barriers().stream()
                .map(ChecklistAnswers.BarrierAnswer::barrier)
                .toList();
        if (!answered.equals(Arrays.asList(Barrier.values()))) {
            problems.add(new RuleViolationException(null, "Answer every barrier on the checklist"));
            return problems;
        }
        for (int i = 0; i < answers.barriers().size(); i++) {
            check(problems, "barriers[" + i + "].", answers.barriers().get(i), today);
        }
        if (answers.personAgreed() == null) {
            problems.add(
                    new RuleViolationException("personAgreed", "Select whether the person agreed to the checklist"));
        } else if (answers.personAgreed()) {
            if (answers.agreedOn() == null) {
                problems.add(new RuleViolationException("agreedOn", "Enter the date the person agreed"));
            } else if (answers.agreedOn().isAfter(today)) {
                problems.add(new RuleViolationException(
                        "agreedOn", "The date the person agreed must be today or in the past"));
            }
        }
        return problems;
    }

    private static void check(
            List<RuleViolationException> problems,
            String prefix,
            ChecklistAnswers.BarrierAnswer answer,
            LocalDate today) {
        String name = answer.barrier().inSentence();
        if (answer.present() == null) {
            problems.add(new RuleViolationException(prefix + "present", "Select whether " + name + " is a barrier"));
            return;
        }
        if (!answer.present()) {
            return;
        }
        if (tooLong(answer.detail(), TEXT_MAX)) {
            problems.add(new RuleViolationException(
                    prefix + "detail", "The details of " + name + " must be " + TEXT_MAX + " characters or fewer"));
        }
        if (blank(answer.strategy())) {
            problems.add(new RuleViolationException(prefix + "strategy", "Enter the strategy agreed for " + name));
        } else if (tooLong(answer.strategy(), TEXT_MAX)) {
            problems.add(new RuleViolationException(
                    prefix + "strategy", "The strategy for " + name + " must be " + TEXT_MAX + " characters or fewer"));
        }
        if (tooLong(answer.owner(), OWNER_MAX)) {
            problems.add(new RuleViolationException(
                    prefix + "owner",
                    "Who owns the strategy for " + name + " must be " + OWNER_MAX + " characters or fewer"));
        }
        if (answer.reviewOn() != null && answer.reviewOn().isBefore(today)) {
            problems.add(new RuleViolationException(
                    prefix + "reviewOn", "The review date for " + name + " must be today or in the future"));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Text as it is kept: trimmed, and null when nothing was typed. */
    static String text(String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.trim().length() > max;
    }
}
