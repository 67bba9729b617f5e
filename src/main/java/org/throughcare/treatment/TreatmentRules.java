package org.throughcare.treatment;

import org.throughcare.common.RuleViolationException;
import org.throughcare.web.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The dates of treatment, checked together: every problem at once, each naming its form field. */
final class TreatmentRules {

    private TreatmentRules() {}

    static List<RuleViolationException> checkEpisode(EpisodeDetails d, LocalDate today) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (d.setting() == null) {
            problems.add(new RuleViolationException("setting", "Select where treatment is given"));
        }
        if (d.keyWorker() == null || d.keyWorker().isBlank()) {
            problems.add(new RuleViolationException("keyWorker", "Enter the key worker's name"));
        }
        if (d.startedOn() == null) {
            problems.add(new RuleViolationException("startedOn", "Enter the date treatment started"));
            return problems;
        }
        if (d.startedOn().isAfter(today)) {
            problems.add(
                    new RuleViolationException("startedOn", "The date treatment started must be today or in the past"));
        }
        notBeforeStartNorFuture(problems, "triagedOn", "triage or assessment", d.triagedOn(), d.startedOn(), today);
        notBeforeStartNorFuture(problems, "carePlanOn", "the care plan", d.carePlanOn(), d.startedOn(), today);
        return problems;
    }

    static List<RuleViolationException> checkIntervention(
            LocalDate startedOn, LocalDate endedOn, LocalDate episodeStart, LocalDate today) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (startedOn == null) {
            problems.add(new RuleViolationException("startedOn", "Enter the date the intervention started"));
            return problems;
        }
        if (startedOn.isBefore(episodeStart)) {
            problems.add(new RuleViolationException(
                    "startedOn",
                    "The intervention cannot start before the episode, which started on "
                            + Formats.ukDate(episodeStart)));
        }
        if (startedOn.isAfter(today)) {
            problems.add(new RuleViolationException("startedOn", "The date it started must be today or in the past"));
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            problems.add(
                    new RuleViolationException("endedOn", "The date it ended must be on or after the date it started"));
        }
        if (endedOn != null && endedOn.isAfter(today)) {
            problems.add(new RuleViolationException("endedOn", "The date it ended must be today or in the past"));
        }
        return problems;
    }

    static List<RuleViolationException> checkExit(
            LocalDate on, ExitReason reason, LocalDate episodeStart, LocalDate lastDate, LocalDate today) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (reason == null) {
            problems.add(new RuleViolationException("reason", "Select why the episode ended"));
        }
        if (on == null) {
            problems.add(new RuleViolationException("exitOn", "Enter the date the episode ended"));
            return problems;
        }
        if (on.isBefore(lastDate)) {
            problems.add(new RuleViolationException(
                    "exitOn",
                    "The episode cannot end before " + Formats.ukDate(lastDate) + ", the latest date recorded in it"
                            + (lastDate.equals(episodeStart) ? " (its start)" : "")));
        }
        if (on.isAfter(today)) {
            problems.add(new RuleViolationException("exitOn", "The date it ended must be today or in the past"));
        }
        return problems;
    }

    private static void notBeforeStartNorFuture(
            List<RuleViolationException> problems,
            String field,
            String what,
            LocalDate date,
            LocalDate start,
            LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isBefore(start)) {
            problems.add(
                    new RuleViolationException(field, "The date of " + what + " cannot be before treatment started"));
        }
        if (date.isAfter(today)) {
            problems.add(new RuleViolationException(field, "The date of " + what + " must be today or in the past"));
        }
    }
}
