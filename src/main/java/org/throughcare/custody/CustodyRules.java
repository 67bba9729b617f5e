package org.throughcare.custody;

import org.throughcare.common.RuleViolationException;
import org.throughcare.common.UkTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The custody drug testing rules (recording an event, disputing and confirming a result), as pure
 * functions of the facts, so each can be tested without a database. Each problem names the form field it
 * belongs to (null for the whole form). The required assessment rules are in {@link AssessmentRules}.
 */
final class CustodyRules {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CustodyProperties properties;

    CustodyRules(CustodyProperties properties) {
        this.properties = properties;
    }

    /** What the event rules need to know besides the command. */
    record EventFacts(
            LocalDate dateOfBirth,
            String suiteName,
            Set<NotificationKind> inForceOnArrestDate,
            boolean anyTriggerOffence,
            Map<String, String> activeSubstances,
            Map<String, String> notYetTested,
            Instant now) {}

    List<RuleViolationException> checkEvent(CustodyEventCommand c, EventFacts facts) {
        List<RuleViolationException> problems = new ArrayList<>();
        LocalDate arrestDate = c.arrestedAt().atZone(UkTime.ZONE).toLocalDate();
        // Each kind of testing needs its own notification in force at the suite on the day (PACE s63B(4A)).
        if (c.testStage() != null && !facts.inForceOnArrestDate().contains(NotificationKind.forStage(c.testStage()))) {
            problems.add(new RuleViolationException(
                    "suiteId",
                    NotificationKind.forStage(c.testStage()).label() + " was not in force at " + facts.suiteName()
                            + " on " + DATE.format(arrestDate)
                            + ". Select the suite where the test happened, or ask an administrator to check its "
                            + "notification conditions"));
        }
        if (c.arrestedAt().isAfter(facts.now())) {
            problems.add(new RuleViolationException("arrestDate", "The time of arrest must be in the past"));
        }
        int minimumAge = properties.minimumAge(c.testStage());
        int age = Period.between(facts.dateOfBirth(), arrestDate).getYears();
        if (age < minimumAge) {
            problems.add(new RuleViolationException(
                    "testStage",
                    "The person was " + age + " on the day of arrest. "
                            + "A test " + c.testStage().label().toLowerCase(Locale.UK) + " is only for people aged "
                            + minimumAge + " or over"));
        }
        if (c.offenceIds().isEmpty()) {
            problems.add(new RuleViolationException("offenceIds", "Select at least one offence"));
        }
        // PACE s63B(2)(b): without a trigger offence an inspector must authorise the test, on arrest and on
        // charge alike.
        if (c.testStage() != null && !c.offenceIds().isEmpty() && !facts.anyTriggerOffence()) {
            if (c.inspectorName() == null) {
                problems.add(new RuleViolationException(
                        "inspectorName",
                        "Enter the name of the inspector who authorised the test, as no offence is a trigger offence"));
            }
            if (c.inspectorRank() == null) {
                problems.add(new RuleViolationException(
                        "inspectorRank", "Select the rank of the officer who authorised the test"));
            }
            if (c.authorisationGrounds() == null) {
                problems.add(new RuleViolationException(
                        "authorisationGrounds", "Enter the grounds the inspector gave for authorising the test"));
            }
        }
        if (c.inspectorRank() != null && PoliceRank.ofLabel(c.inspectorRank()).isEmpty()) {
            problems.add(new RuleViolationException(
                    "inspectorRank", "Select a rank from the list: only an inspector or above can authorise a test"));
        }
        checkSample(c, problems, facts.now());
        checkResults(c, facts.activeSubstances(), facts.notYetTested(), problems);
        if (c.refusalWarningGiven() == null) {
            problems.add(new RuleViolationException(
                    "refusalWarningGiven",
                    "Select yes if the person was warned that refusing a test without good cause is an offence"));
        }
        int adultAge = properties.minimumAgeForRequiredAssessment();
        if (age >= minimumAge
                && age < adultAge
                && !facts.inForceOnArrestDate().contains(NotificationKind.TESTING_UNDER_18)) {
            problems.add(new RuleViolationException(
                    "testStage",
                    NotificationKind.TESTING_UNDER_18.label() + " was not in force at " + facts.suiteName() + " on "
                            + DATE.format(arrestDate) + ", and the person was " + age + " on the day of arrest"));
        }
        if (age >= minimumAge && age < adultAge && !Boolean.TRUE.equals(c.appropriateAdultPresent())) {
            problems.add(new RuleViolationException(
                    "appropriateAdultPresent",
                    c.appropriateAdultPresent() == null
                            ? "Select yes if an appropriate adult was present: the person was " + age
                                    + " on the day of arrest"
                            : "A person under " + adultAge + " can only be tested with an appropriate adult present"));
        }
        checkDetention(c, problems, facts.now());
        return problems;
    }

    /**
     * The times of charge and release bound the test: a test on charge follows the charge, and the sample is
     * taken while the person is lawfully detained for it (before release, within the detention limit).
     */
    private void checkDetention(CustodyEventCommand c, List<RuleViolationException> problems, Instant now) {
        if (c.testStage() == TestStage.ON_CHARGE && c.chargedAt() == null) {
            problems.add(new RuleViolationException("chargeDate", "Enter the date and time of charge"));
        }
        if (c.chargedAt() != null) {
            if (c.chargedAt().isBefore(c.arrestedAt())) {
                problems.add(new RuleViolationException("chargeDate", "The charge must be after the arrest"));
            } else if (c.chargedAt().isAfter(now)) {
                problems.add(new RuleViolationException("chargeDate", "The time of charge must be in the past"));
            } else if (c.testStage() == TestStage.ON_CHARGE
                    && c.sampleTakenAt() != null
                    && c.sampleTakenAt().isBefore(c.chargedAt())) {
                problems.add(new RuleViolationException(
                        "sampleDate", "A sample for a test on charge must be taken after the charge"));
            }
        }
        if (c.releasedAt() != null) {
            if (c.releasedAt().isBefore(c.arrestedAt())) {
                problems.add(new RuleViolationException("releaseDate", "The release must be after the arrest"));
            } else if (c.releasedAt().isAfter(now)) {
                problems.add(new RuleViolationException("releaseDate", "The time of release must be in the past"));
            } else if (c.chargedAt() != null && c.releasedAt().isBefore(c.chargedAt())) {
                problems.add(new RuleViolationException("releaseDate", "The release must be after the charge"));
            } else if (c.sampleTakenAt() != null && c.sampleTakenAt().isAfter(c.releasedAt())) {
                problems.add(new RuleViolationException(
                        "sampleDate", "The sample must be taken before the person was released"));
            }
        }
        Duration limit = Duration.ofHours(properties.maximumDetentionHours());
        boolean sampleAlreadyRefused = problems.stream().anyMatch(p -> "sampleDate".equals(p.field()));
        if (!sampleAlreadyRefused
                && c.sampleTakenAt() != null
                && c.sampleTakenAt().isAfter(c.arrestedAt().plus(limit))) {
            problems.add(new RuleViolationException(
                    "sampleDate",
                    "The sample must be taken while the person is lawfully detained: within "
                            + properties.maximumDetentionHours() + " hours of the arrest"));
        }
    }

    private static void checkSample(CustodyEventCommand c, List<RuleViolationException> problems, Instant now) {
        if (c.sampleTakenAt() == null && c.sampleReference() != null) {
            problems.add(new RuleViolationException(
                    "sampleReference", "Only give a seal or reference number when a sample was taken"));
        }
        if (c.sampleTakenAt() == null && c.sampleTakenBy() != null) {
            problems.add(
                    new RuleViolationException("sampleTakenBy", "Only say who took the sample when one was taken"));
        }
        if (c.outcome() == TestOutcome.REFUSED) {
            if (c.sampleTakenAt() != null) {
                problems.add(new RuleViolationException(
                        "sampleDate", "Leave the sample date and time empty when the person refused"));
            }
            if (c.sampleType() != null) {
                problems.add(new RuleViolationException(
                        "sampleType", "Do not select a sample type when the person refused"));
            }
            return;
        }
        if (c.outcome() == TestOutcome.TESTED && c.sampleTakenAt() == null) {
            problems.add(new RuleViolationException("sampleDate", "Enter the date the sample was taken"));
        }
        if (c.outcome() == TestOutcome.TESTED && c.sampleType() == null) {
            problems.add(new RuleViolationException("sampleType", "Select the type of sample"));
        }
        if (c.sampleTakenAt() != null) {
            if (c.sampleTakenAt().isBefore(c.arrestedAt())) {
                problems.add(new RuleViolationException("sampleDate", "The sample must be taken after the arrest"));
            } else if (c.sampleTakenAt().isAfter(now)) {
                problems.add(
                        new RuleViolationException("sampleDate", "The time the sample was taken must be in the past"));
            }
        }
    }

    /**
     * activeSubstances: code to name, in display order, of the substances tested on the day; notYetTested:
     * code to the message for an active substance added after the day.
     */
    private static void checkResults(
            CustodyEventCommand c,
            Map<String, String> activeSubstances,
            Map<String, String> notYetTested,
            List<RuleViolationException> problems) {
        if (c.outcome() == TestOutcome.TESTED) {
            activeSubstances.forEach((code, name) -> {
                if (c.results().get(code) == null) {
                    problems.add(new RuleViolationException("results[" + code + "]", "Select the result for " + name));
                }
            });
            c.results().keySet().stream()
                    .filter(code -> !activeSubstances.containsKey(code))
                    .sorted()
                    .forEach(code -> problems.add(
                            notYetTested.containsKey(code)
                                    ? new RuleViolationException("results[" + code + "]", notYetTested.get(code))
                                    : new RuleViolationException(
                                            null, "Custody drug tests no longer report on " + code)));
        } else {
            String why = c.outcome() == TestOutcome.REFUSED ? "refused" : "gave no valid sample";
            activeSubstances.forEach((code, name) -> {
                if (c.results().get(code) != null) {
                    problems.add(new RuleViolationException(
                            "results[" + code + "]", "Do not record a result for " + name + " when the person " + why));
                }
            });
        }
    }

    /**
     * A correction keeps the test lawful: sample details only with a sample, and a release after the arrest,
     * the charge and the sample, before now, and not before a requirement imposed in custody was given.
     */
    static List<RuleViolationException> checkCorrection(
            CustodyEventRecord record, CustodyEventService.Correction c, Instant now) {
        List<RuleViolationException> problems = new ArrayList<>();
        CustodyEvent e = record.event();
        if (e.getSampleTakenAt() == null && c.sampleReference() != null) {
            problems.add(new RuleViolationException(
                    "sampleReference", "Only give a seal or reference number when a sample was taken"));
        }
        if (e.getSampleTakenAt() == null && c.sampleTakenBy() != null) {
            problems.add(
                    new RuleViolationException("sampleTakenBy", "Only say who took the sample when one was taken"));
        }
        Instant released = c.releasedAt();
        if (released != null) {
            Instant noticeInCustody = record.assessment(AssessmentKind.INITIAL)
                    .map(RequiredAssessment::getNoticeGivenAt)
                    .orElse(null);
            if (released.isBefore(e.getArrestedAt())) {
                problems.add(new RuleViolationException("releaseDate", "The release must be after the arrest"));
            } else if (released.isAfter(now)) {
                problems.add(new RuleViolationException("releaseDate", "The time of release must be in the past"));
            } else if (e.getChargedAt() != null && released.isBefore(e.getChargedAt())) {
                problems.add(new RuleViolationException("releaseDate", "The release must be after the charge"));
            } else if (e.getSampleTakenAt() != null && released.isBefore(e.getSampleTakenAt())) {
                problems.add(
                        new RuleViolationException("releaseDate", "The release must be after the sample was taken"));
            } else if (noticeInCustody != null && released.isBefore(noticeInCustody)) {
                problems.add(new RuleViolationException(
                        "releaseDate",
                        "The release must be after the notice of the requirement, given in custody at "
                                + AssessmentRules.TIME.format(noticeInCustody.atZone(UkTime.ZONE))));
            }
        }
        return problems;
    }

    /** Voiding a test recorded in error: it must not be voided already, and says why and when. */
    static List<RuleViolationException> checkVoid(CustodyEventRecord record, String reason, Instant at, Instant now) {
        List<RuleViolationException> problems =
                new ArrayList<>(record.allows(CustodyEventRecord.Action.VOID).problems());
        if (!problems.isEmpty()) {
            return problems;
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new RuleViolationException("reason", "Enter why the test was recorded in error"));
        }
        if (at.isBefore(record.event().getArrestedAt())) {
            problems.add(new RuleViolationException("date", "A test cannot be voided before the arrest"));
        } else if (at.isAfter(now)) {
            problems.add(new RuleViolationException("date", "The time it was voided must be in the past"));
        }
        return problems;
    }

    // --- drug test results -----------------------------------------------------------------------------

    static List<RuleViolationException> checkDispute(DrugTestResult result, Instant sentAt, Instant now) {
        List<RuleViolationException> problems = new ArrayList<>(
                result.allows(DrugTestResult.Action.SEND_FOR_CONFIRMATION).problems());
        Instant sampleTakenAt = result.getEvent().getSampleTakenAt();
        if (sampleTakenAt != null && sentAt.isBefore(sampleTakenAt)) {
            problems.add(new RuleViolationException("date", "The sample cannot be sent before it was taken"));
        } else if (sentAt.isAfter(now)) {
            problems.add(new RuleViolationException("date", "The time the sample was sent must be in the past"));
        }
        return problems;
    }

    static List<RuleViolationException> checkConfirmation(
            DrugTestResult result, TestResult confirmed, Instant at, Instant now) {
        List<RuleViolationException> problems = new ArrayList<>(
                result.allows(DrugTestResult.Action.RECORD_CONFIRMED_RESULT).problems());
        if (!result.disputed()) {
            return problems;
        }
        if (confirmed == null) {
            problems.add(new RuleViolationException("confirmedResult", "Select the confirmed result"));
        }
        if (at.isBefore(result.getDisputedAt())) {
            problems.add(new RuleViolationException(
                    "date",
                    "The confirmed result cannot be before the sample was sent on "
                            + DATE.format(result.getDisputedAt().atZone(UkTime.ZONE))));
        } else if (at.isAfter(now)) {
            problems.add(new RuleViolationException("date", "The time of the confirmed result must be in the past"));
        }
        return problems;
    }
}
