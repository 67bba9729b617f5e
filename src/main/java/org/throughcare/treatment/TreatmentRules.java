package org.throughcare.treatment;

import org.throughcare.common.RuleViolationException;
import org.throughcare.web.DayRules;
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
        DayRules.check(problems, "triagedOn", d.triagedOn(), d.startedOn(), "treatment started", today);
        DayRules.check(problems, "carePlanOn", d.carePlanOn(), d.startedOn(), "treatment started", today);
        return problems;
    }

    static List<RuleViolationException> checkIntervention(
            LocalDate startedOn, LocalDate endedOn, LocalDate episodeStart, LocalDate today) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (startedOn == null) {
            problems.add(new RuleViolationException("startedOn", "Enter the date the intervention started"));
            return problems;
        }
        DayRules.check(problems, "startedOn", startedOn, episodeStart, "the episode started", today);
        DayRules.check(problems, "endedOn", endedOn, startedOn, "the intervention started", today);
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
}
