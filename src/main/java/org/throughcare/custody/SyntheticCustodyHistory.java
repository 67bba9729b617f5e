package org.throughcare.custody;

import org.throughcare.common.RuleViolationException;
import org.throughcare.common.UkTime;
import org.throughcare.user.SignedInUser;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Three years of custody history for a synthetic person, recorded through the custody services so every
 * event passes the same rules as one typed in: tests at suites where testing was live, about a third
 * positive, required assessments with realistic attendance, failures passed to the police. A few land
 * today, so the worklist has something on it.
 */
final class SyntheticCustodyHistory {

    private static final String[] PLACES = {
        "Leeds drug and alcohol service, city centre hub",
        "Bradford recovery service, Manor Row hub",
        "Kirklees recovery hub, Huddersfield"
    };
    private static final String[] ASSESSORS = {"Robin Ellery", "Sam Northcott", "Jo Whitlam", "Alex Penrose"};

    private final CustodyEventService events;
    private final AssessmentService assessments;
    private final List<CustodySuite> suites;
    private final List<TestingNotification> notifications;
    private final List<Offence> triggerOffences;
    private final List<TestedSubstance> substances;
    private final Clock clock;

    SyntheticCustodyHistory(
            CustodyEventService events,
            AssessmentService assessments,
            List<CustodySuite> suites,
            List<TestingNotification> notifications,
            List<Offence> triggerOffences,
            List<TestedSubstance> substances,
            Clock clock) {
        this.events = events;
        this.assessments = assessments;
        this.suites = suites;
        this.notifications = notifications;
        this.triggerOffences = triggerOffences;
        this.substances = substances;
        this.clock = clock;
    }

    void record(Long personId, LocalDate dateOfBirth, Random random, SignedInUser worker) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate earliest = max(today.minusYears(3), dateOfBirth.plusYears(18));
        int roll = random.nextInt(100);
        int count = roll < 30 ? 0 : roll < 65 ? 1 : roll < 85 ? 2 : 3 + random.nextInt(2);
        // A few arrests today and in the last week or so keep the worklist lively whenever the demo starts.
        int recent = random.nextInt(100) < 3 ? 1 : random.nextInt(100) < 8 ? 2 : 0;
        for (int n = 0; n < count + (recent > 0 ? 1 : 0); n++) {
            Instant arrestedAt;
            if (n == count && recent == 1) {
                arrestedAt = now.minus(Duration.ofMinutes(90 + random.nextInt(180)));
            } else if (n == count) {
                arrestedAt = now.minus(Duration.ofDays(1 + random.nextInt(9)))
                        .minus(Duration.ofMinutes(random.nextInt(600)));
            } else {
                long days = Math.max(1, today.toEpochDay() - earliest.toEpochDay());
                LocalDate day = earliest.plusDays(random.nextInt((int) days));
                arrestedAt = day.atTime(8 + random.nextInt(14), random.nextInt(60))
                        .atZone(UkTime.ZONE)
                        .toInstant();
            }
            LocalDate arrestDay = arrestedAt.atZone(UkTime.ZONE).toLocalDate();
            List<CustodySuite> live = suites.stream()
                    .filter(s -> inForce(s, NotificationKind.TESTING_ON_ARREST, arrestDay)
                            && inForce(s, NotificationKind.REQUIRED_ASSESSMENT, arrestDay))
                    .toList();
            if (live.isEmpty() || arrestDay.isBefore(dateOfBirth.plusYears(18))) {
                continue;
            }
            recordEvent(personId, live.get(random.nextInt(live.size())), arrestedAt, random, worker, now);
        }
    }

    private boolean inForce(CustodySuite suite, NotificationKind kind, LocalDate day) {
        return notifications.stream()
                .anyMatch(n -> n.getSuiteId().equals(suite.getId()) && n.getKind() == kind && n.inForceOn(day));
    }

    /** Released three hours after the test, or still detained when that is not yet past. */
    private static Instant releasedBy(Instant tested, Instant now) {
        Instant released = tested.plus(Duration.ofHours(3));
        return released.isBefore(now) ? released : null;
    }

    private void recordEvent(
            Long personId, CustodySuite suite, Instant arrestedAt, Random random, SignedInUser worker, Instant now) {
        Instant sampleAt = min(arrestedAt.plus(Duration.ofMinutes(20 + random.nextInt(130))), now.minusSeconds(60));
        int outcomeRoll = random.nextInt(100);
        TestOutcome outcome = outcomeRoll < 92
                ? TestOutcome.TESTED
                : outcomeRoll < 97 ? TestOutcome.REFUSED : TestOutcome.NO_VALID_SAMPLE;
        Map<String, TestResult> results = new HashMap<>();
        if (outcome == TestOutcome.TESTED) {
            int pattern = random.nextInt(100);
            LocalDate arrestDay = arrestedAt.atZone(UkTime.ZONE).toLocalDate();
            for (TestedSubstance substance :
                    substances.stream().filter(t -> t.testedOn(arrestDay)).toList()) {
                boolean positive = switch (substance.getCode()) {
                    case "OPIATES" -> pattern < 10 || (pattern >= 22 && pattern < 33);
                    case "COCAINE" -> pattern >= 10 && pattern < 33;
                    default -> false;
                };
                results.put(substance.getCode(), positive ? TestResult.POSITIVE : TestResult.NEGATIVE);
            }
        }
        Set<Long> offences = new LinkedHashSet<>();
        offences.add(triggerOffences.get(random.nextInt(triggerOffences.size())).getId());
        if (random.nextInt(100) < 20) {
            offences.add(
                    triggerOffences.get(random.nextInt(triggerOffences.size())).getId());
        }
        CustodyEvent event = events.record(
                new CustodyEventCommand(
                        personId,
                        suite.getId(),
                        arrestedAt,
                        TestStage.ON_ARREST,
                        offences,
                        null,
                        null,
                        null,
                        outcome == TestOutcome.TESTED ? sampleAt : null,
                        outcome == TestOutcome.TESTED
                                ? random.nextInt(100) < 90 ? SampleType.ORAL_FLUID : SampleType.URINE
                                : null,
                        outcome,
                        results,
                        Boolean.TRUE,
                        null,
                        releasedBy(outcome == TestOutcome.TESTED ? sampleAt : arrestedAt, now),
                        null,
                        null,
                        null,
                        null),
                worker);
        List<DrugTestResult> positives = event.getResults().stream()
                .filter(r -> r.getResult() == TestResult.POSITIVE)
                .toList();
        if (positives.isEmpty()) {
            return;
        }
        Instant earliestAppointment = sampleAt.plus(Duration.ofDays(2));
        if (random.nextInt(100) < 4) {
            DrugTestResult disputed = positives.get(0);
            Instant sentAt = min(sampleAt.plus(Duration.ofHours(1)), now.minusSeconds(30));
            events.disputeResult(disputed.getId(), sentAt, worker);
            // A margin over the 5-working-day rule, so a bank holiday never makes the booking unlawful.
            earliestAppointment = workingDaysAfter(sentAt, 8);
            Instant labBack = workingDaysAfter(sentAt, 5);
            if (labBack.isBefore(now)) {
                events.confirmResult(
                        disputed.getId(),
                        random.nextInt(100) < 85 ? TestResult.POSITIVE : TestResult.NEGATIVE,
                        labBack,
                        worker);
            }
        }
        Instant appointment = atOfficeHours(earliestAppointment.plus(Duration.ofDays(random.nextInt(5))), random);
        LocalDate today = LocalDate.now(clock);
        long daysAway = appointment.atZone(UkTime.ZONE).toLocalDate().toEpochDay() - today.toEpochDay();
        if (positives.stream().noneMatch(DrugTestResult::disputed) && Math.abs(daysAway) <= 3 && random.nextBoolean()) {
            // Bring some appointments onto today, so the worklist shows assessments due.
            Instant todayAfternoon = today.atTime(16, 0).atZone(UkTime.ZONE).toInstant();
            if (todayAfternoon.isAfter(sampleAt.plus(Duration.ofHours(1)))) {
                appointment = todayAfternoon;
            }
        }
        RequiredAssessment initial;
        try {
            initial = assessments.book(
                    event.getId(),
                    new AssessmentBooking(
                            AssessmentKind.INITIAL,
                            appointment,
                            PLACES[random.nextInt(PLACES.length)],
                            sampleAt.plus(Duration.ofMinutes(15)),
                            ASSESSORS[random.nextInt(ASSESSORS.length)],
                            true,
                            "Custody sergeant on duty"),
                    worker);
        } catch (RuleViolationException confirmedNegative) {
            // The lab confirmed the only positive as negative: no assessment can be required.
            return;
        }
        if (!attend(initial, random, worker, now)) {
            return;
        }
        if (random.nextInt(100) < 20) {
            assessments.cancelFollowUp(
                    event.getId(),
                    "Engaging well with treatment; no follow-up needed",
                    min(initial.getAppointmentAt().plus(Duration.ofHours(2)), now.minusSeconds(10)),
                    worker);
            return;
        }
        Instant followUpAt =
                atOfficeHours(initial.getAppointmentAt().plus(Duration.ofDays(14 + random.nextInt(14))), random);
        RequiredAssessment followUp = assessments.book(
                event.getId(),
                new AssessmentBooking(
                        AssessmentKind.FOLLOW_UP,
                        followUpAt,
                        initial.getPlace(),
                        min(initial.getAppointmentAt().plus(Duration.ofHours(1)), now),
                        initial.getAssessorName(),
                        true,
                        initial.getAssessorName()),
                worker);
        attend(followUp, random, worker, now);
    }

    /** Records how the appointment went, if it is in the past; true when the person attended and stayed. */
    private boolean attend(RequiredAssessment assessment, Random random, SignedInUser worker, Instant now) {
        Instant recordedAt = assessment.getAppointmentAt().plus(Duration.ofHours(1));
        if (recordedAt.isAfter(now)) {
            return false;
        }
        boolean lastWeek = recordedAt.isAfter(now.minus(Duration.ofDays(7)));
        if (lastWeek && random.nextInt(100) < 40) {
            return false; // not recorded yet: overdue on the worklist
        }
        int roll = random.nextInt(100);
        if (roll < 72) {
            int result = random.nextInt(100);
            assessments.recordOutcome(
                    assessment.getId(),
                    AssessmentOutcome.ATTENDED_AND_REMAINED,
                    result < 50
                            ? AssessmentResult.CARE_PLAN
                            : result < 85 ? AssessmentResult.REFERRAL : AssessmentResult.NO_FURTHER_ACTION,
                    recordedAt,
                    worker);
            return true;
        }
        assessments.recordOutcome(
                assessment.getId(),
                roll < 90 ? AssessmentOutcome.FAILED_TO_ATTEND : AssessmentOutcome.DID_NOT_REMAIN,
                null,
                recordedAt,
                worker);
        Instant told = recordedAt.plus(Duration.ofHours(20));
        boolean recent = recordedAt.isAfter(now.minus(Duration.ofDays(14)));
        if (told.isBefore(now) && (!recent || random.nextInt(100) < 50)) {
            assessments.recordPoliceNotified(
                    assessment.getId(),
                    told,
                    new PoliceContact(
                            "PC " + ASSESSORS[random.nextInt(ASSESSORS.length)].split(" ")[1],
                            String.valueOf(1000 + random.nextInt(8999)),
                            PoliceContact.How.TELEPHONE),
                    worker);
        }
        return false;
    }

    private static Instant workingDaysAfter(Instant from, int workingDays) {
        LocalDate day = from.atZone(UkTime.ZONE).toLocalDate();
        int added = 0;
        while (added < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day.atTime(9, 0).atZone(UkTime.ZONE).toInstant();
    }

    private static Instant atOfficeHours(Instant instant, Random random) {
        LocalDate day = instant.atZone(UkTime.ZONE).toLocalDate();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(9 + random.nextInt(7), random.nextBoolean() ? 0 : 30)
                .atZone(UkTime.ZONE)
                .toInstant();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
