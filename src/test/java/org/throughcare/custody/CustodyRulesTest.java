package org.throughcare.custody;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.throughcare.calendar.WorkingDays;
import org.throughcare.common.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every custody rule, one row per case: what changes from a valid starting point, and which fields refuse it. */
class CustodyRulesTest {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    static final Instant ARREST = Instant.parse("2026-11-20T10:00:00Z");
    static final CustodyRules RULES = new CustodyRules(CustodyProperties.defaults());
    static final AssessmentRules ASSESSMENT_RULES = new AssessmentRules(CustodyProperties.defaults());
    /** Weekends and the two Christmas 2026 bank holidays these cases cross. */
    static final WorkingDays CALENDAR =
            new WorkingDays(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

    static final Map<String, String> SUBSTANCES = new LinkedHashMap<>(Map.of("OPIATES", "Opiates (heroin)"));

    static {
        SUBSTANCES.put("COCAINE", "Cocaine (including crack)");
    }

    /** A valid test on arrest for a trigger offence, tested, both results given; cases change one thing. */
    static final class Event {
        LocalDate dateOfBirth = LocalDate.of(1990, 5, 1);
        Set<NotificationKind> inForce = EnumSet.allOf(NotificationKind.class);
        boolean trigger = true;
        Instant arrestedAt = ARREST;
        TestStage stage = TestStage.ON_ARREST;
        Set<Long> offences = Set.of(1L);
        String inspector;
        String rank;
        String grounds;
        Instant sampleAt = ARREST.plusSeconds(3600);
        SampleType sampleType = SampleType.ORAL_FLUID;
        TestOutcome outcome = TestOutcome.TESTED;
        Map<String, TestResult> results =
                new HashMap<>(Map.of("OPIATES", TestResult.POSITIVE, "COCAINE", TestResult.NEGATIVE));
        Boolean warned = true;
        Instant chargedAt;
        Instant releasedAt;
        Boolean appropriateAdult;
        String sampleReference;
        String sampleTakenBy;
        Map<String, String> notYetTested = Map.of();

        List<String> problems() {
            CustodyEventCommand command = new CustodyEventCommand(
                    1L,
                    1L,
                    arrestedAt,
                    stage,
                    offences,
                    inspector,
                    rank,
                    grounds,
                    sampleAt,
                    sampleType,
                    outcome,
                    results,
                    warned,
                    chargedAt,
                    releasedAt,
                    appropriateAdult,
                    "WY/8812/26",
                    sampleReference,
                    sampleTakenBy);
            return fields(RULES.checkEvent(
                    command,
                    new CustodyRules.EventFacts(
                            dateOfBirth, "Leeds suite", inForce, trigger, SUBSTANCES, notYetTested, NOW)));
        }
    }

    static Arguments event(String name, Consumer<Event> change, String... fields) {
        return Arguments.of(name, change, Arrays.asList(fields));
    }

    static Stream<Arguments> eventCases() {
        return Stream.of(
                event("valid test on arrest", e -> {}),
                event("18 on the day of arrest", e -> e.dateOfBirth = LocalDate.of(2008, 11, 20)),
                event(
                        "17 on the day of arrest, on arrest",
                        e -> e.dateOfBirth = LocalDate.of(2008, 11, 21),
                        "testStage"),
                event("17, on charge, with an appropriate adult", e -> {
                    e.dateOfBirth = LocalDate.of(2008, 11, 21);
                    e.stage = TestStage.ON_CHARGE;
                    e.chargedAt = ARREST;
                    e.appropriateAdult = true;
                }),
                event("14 on charge, with an appropriate adult", e -> {
                    e.dateOfBirth = LocalDate.of(2012, 11, 20);
                    e.stage = TestStage.ON_CHARGE;
                    e.chargedAt = ARREST;
                    e.appropriateAdult = true;
                }),
                event(
                        "15 on charge, appropriate adult not recorded",
                        e -> {
                            e.dateOfBirth = LocalDate.of(2011, 6, 1);
                            e.stage = TestStage.ON_CHARGE;
                            e.chargedAt = ARREST;
                        },
                        "appropriateAdultPresent"),
                event(
                        "15 on charge, no appropriate adult",
                        e -> {
                            e.dateOfBirth = LocalDate.of(2011, 6, 1);
                            e.stage = TestStage.ON_CHARGE;
                            e.chargedAt = ARREST;
                            e.appropriateAdult = false;
                        },
                        "appropriateAdultPresent"),
                event("on charge without the time of charge", e -> e.stage = TestStage.ON_CHARGE, "chargeDate"),
                event(
                        "on charge, sample before the charge",
                        e -> {
                            e.stage = TestStage.ON_CHARGE;
                            e.chargedAt = ARREST.plusSeconds(7200);
                        },
                        "sampleDate"),
                event(
                        "charge before the arrest",
                        e -> {
                            e.stage = TestStage.ON_CHARGE;
                            e.chargedAt = ARREST.minusSeconds(60);
                        },
                        "chargeDate"),
                event("released after the sample", e -> e.releasedAt = ARREST.plusSeconds(4 * 3600)),
                event("sample after release", e -> e.releasedAt = ARREST.plusSeconds(1800), "sampleDate"),
                event("release in the future", e -> e.releasedAt = NOW.plusSeconds(60), "releaseDate"),
                event("sample 36 hours after arrest", e -> e.sampleAt = ARREST.plusSeconds(36 * 3600)),
                event("sample three days after arrest", e -> e.sampleAt = ARREST.plusSeconds(72 * 3600), "sampleDate"),
                event("tested, warning not recorded", e -> e.warned = null, "refusalWarningGiven"),
                event("a sample with its seal number and who took it", e -> {
                    e.sampleReference = "SEAL-000451";
                    e.sampleTakenBy = "DDP Sam Northcott";
                }),
                event(
                        "a seal number without a sample",
                        e -> {
                            e.outcome = TestOutcome.NO_VALID_SAMPLE;
                            e.results = Map.of();
                            e.sampleAt = null;
                            e.sampleType = null;
                            e.sampleReference = "SEAL-000451";
                            e.sampleTakenBy = "DDP Sam Northcott";
                        },
                        "sampleReference",
                        "sampleTakenBy"),
                event("tested, not warned (recorded)", e -> e.warned = false),
                event(
                        "13 on charge",
                        e -> {
                            e.dateOfBirth = LocalDate.of(2012, 11, 21);
                            e.stage = TestStage.ON_CHARGE;
                            e.chargedAt = ARREST;
                            e.appropriateAdult = true;
                        },
                        "testStage"),
                event(
                        "nothing in force at the suite",
                        e -> e.inForce = EnumSet.noneOf(NotificationKind.class),
                        "suiteId"),
                event(
                        "on arrest where only testing on charge is in force",
                        e -> e.inForce =
                                EnumSet.of(NotificationKind.TESTING_ON_CHARGE, NotificationKind.TESTING_UNDER_18),
                        "suiteId"),
                event(
                        "on charge where only testing on arrest is in force",
                        e -> {
                            e.inForce = EnumSet.of(NotificationKind.TESTING_ON_ARREST);
                            e.stage = TestStage.ON_CHARGE;
                            e.chargedAt = ARREST;
                        },
                        "suiteId"),
                event(
                        "15 on charge where testing of under-18s is not in force",
                        e -> {
                            e.inForce = EnumSet.of(NotificationKind.TESTING_ON_CHARGE);
                            e.dateOfBirth = LocalDate.of(2011, 6, 1);
                            e.stage = TestStage.ON_CHARGE;
                            e.chargedAt = ARREST;
                            e.appropriateAdult = true;
                        },
                        "testStage"),
                event("18 on charge where testing of under-18s is not in force", e -> {
                    e.inForce = EnumSet.of(NotificationKind.TESTING_ON_CHARGE);
                    e.dateOfBirth = LocalDate.of(2008, 11, 20);
                    e.stage = TestStage.ON_CHARGE;
                    e.chargedAt = ARREST;
                }),
                event(
                        "arrest in the future",
                        e -> {
                            e.arrestedAt = NOW.plusSeconds(60);
                            e.sampleAt = null;
                            e.outcome = TestOutcome.NO_VALID_SAMPLE;
                            e.results = Map.of();
                        },
                        "arrestDate"),
                event("no offence", e -> e.offences = Set.of(), "offenceIds"),
                event(
                        "no trigger offence on arrest needs an inspector",
                        e -> e.trigger = false,
                        "inspectorName",
                        "inspectorRank",
                        "authorisationGrounds"),
                event("no trigger offence, inspector authorised", e -> {
                    e.trigger = false;
                    e.inspector = "Jones";
                    e.rank = "Inspector";
                    e.grounds = "Suspected crack use";
                }),
                event(
                        "no trigger offence on charge needs an inspector too (PACE s63B(2)(b))",
                        e -> {
                            e.trigger = false;
                            e.stage = TestStage.ON_CHARGE;
                            e.chargedAt = ARREST;
                        },
                        "inspectorName",
                        "inspectorRank",
                        "authorisationGrounds"),
                event("no trigger offence on charge, chief superintendent authorised", e -> {
                    e.trigger = false;
                    e.stage = TestStage.ON_CHARGE;
                    e.chargedAt = ARREST;
                    e.inspector = "Okafor";
                    e.rank = "chief superintendent";
                    e.grounds = "Suspected heroin use";
                }),
                event(
                        "a sergeant cannot authorise",
                        e -> {
                            e.trigger = false;
                            e.inspector = "Jones";
                            e.rank = "Sergeant";
                            e.grounds = "Suspected crack use";
                        },
                        "inspectorRank"),
                event(
                        "a PCSO cannot authorise",
                        e -> {
                            e.trigger = false;
                            e.inspector = "Jones";
                            e.rank = "PCSO";
                            e.grounds = "Suspected crack use";
                        },
                        "inspectorRank"),
                event("sample before arrest", e -> e.sampleAt = ARREST.minusSeconds(60), "sampleDate"),
                event("sample in the future", e -> e.sampleAt = NOW.plusSeconds(60), "sampleDate"),
                event(
                        "tested without a sample time or type",
                        e -> {
                            e.sampleAt = null;
                            e.sampleType = null;
                        },
                        "sampleDate",
                        "sampleType"),
                event("tested, one result missing", e -> e.results.remove("COCAINE"), "results[COCAINE]"),
                event(
                        "tested, a result for a substance added after the day of the test",
                        e -> {
                            e.notYetTested = Map.of("AMPHETAMINES", "Leave Amphetamines empty");
                            e.results.put("AMPHETAMINES", TestResult.NEGATIVE);
                        },
                        "results[AMPHETAMINES]"),
                event(
                        "tested, no result for a substance added after the day of the test",
                        e -> e.notYetTested = Map.of("AMPHETAMINES", "Leave Amphetamines empty")),
                event(
                        "tested, a result for a substance no longer tested",
                        e -> e.results.put("CANNABIS", TestResult.NEGATIVE),
                        (String) null),
                event("refused with a warning", e -> {
                    e.outcome = TestOutcome.REFUSED;
                    e.results = Map.of();
                    e.sampleAt = null;
                    e.sampleType = null;
                    e.warned = true;
                }),
                event(
                        "refused, warning not recorded",
                        e -> {
                            e.warned = null;
                            e.outcome = TestOutcome.REFUSED;
                            e.results = Map.of();
                            e.sampleAt = null;
                            e.sampleType = null;
                        },
                        "refusalWarningGiven"),
                event(
                        "refused with results and a sample",
                        e -> {
                            e.outcome = TestOutcome.REFUSED;
                            e.warned = false;
                        },
                        "sampleDate",
                        "sampleType",
                        "results[OPIATES]",
                        "results[COCAINE]"),
                event(
                        "no valid sample with a result",
                        e -> {
                            e.outcome = TestOutcome.NO_VALID_SAMPLE;
                            e.results = new HashMap<>(Map.of("OPIATES", TestResult.NEGATIVE));
                        },
                        "results[OPIATES]"),
                event("no valid sample, no results", e -> {
                    e.outcome = TestOutcome.NO_VALID_SAMPLE;
                    e.results = Map.of();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventCases")
    void eventRules(String name, Consumer<Event> change, List<String> expectedFields) {
        Event event = new Event();
        change.accept(event);
        assertThat(event.problems()).containsExactlyInAnyOrderElementsOf(expectedFields);
    }

    @Test
    void ageRuleSaysWhatIsWrongInPlainWords() {
        Event event = new Event();
        event.dateOfBirth = LocalDate.of(2010, 1, 1);
        CustodyEventCommand command = new CustodyEventCommand(
                1L,
                1L,
                ARREST,
                TestStage.ON_ARREST,
                Set.of(1L),
                null,
                null,
                null,
                event.sampleAt,
                SampleType.URINE,
                TestOutcome.TESTED,
                event.results,
                true,
                null,
                null,
                null,
                null,
                null,
                null);
        List<RuleViolationException> problems = RULES.checkEvent(
                command,
                new CustodyRules.EventFacts(
                        event.dateOfBirth, "Leeds suite", event.inForce, true, SUBSTANCES, Map.of(), NOW));
        assertThat(problems)
                .extracting(RuleViolationException::getMessage)
                .containsExactly(
                        "The person was 16 on the day of arrest. A test on arrest is only for people aged 18 or over");
    }

    @Test
    void minimumAgesComeFromConfiguration() {
        CustodyRules olderOnly = new CustodyRules(new CustodyProperties(21, 16, null, null, null));
        Event event = new Event();
        event.dateOfBirth = LocalDate.of(2006, 1, 1);
        CustodyEventCommand command = new CustodyEventCommand(
                1L,
                1L,
                ARREST,
                TestStage.ON_ARREST,
                Set.of(1L),
                null,
                null,
                null,
                event.sampleAt,
                SampleType.URINE,
                TestOutcome.TESTED,
                event.results,
                true,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(fields(olderOnly.checkEvent(
                        command,
                        new CustodyRules.EventFacts(
                                event.dateOfBirth, "S", event.inForce, true, SUBSTANCES, Map.of(), NOW))))
                .containsExactly("testStage");
    }

    // --- results ---------------------------------------------------------------------------------------

    static DrugTestResult result(TestResult value, Instant disputedAt, TestResult confirmed) {
        CustodySuite suite = new CustodySuite(1L, "Suite");
        CustodyEvent event = new CustodyEvent(
                1L,
                suite,
                new CustodyEventCommand(
                        1L,
                        1L,
                        ARREST,
                        TestStage.ON_ARREST,
                        Set.of(1L),
                        null,
                        null,
                        null,
                        ARREST.plusSeconds(3600),
                        SampleType.ORAL_FLUID,
                        TestOutcome.TESTED,
                        Map.of(),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                Set.of());
        DrugTestResult result = new DrugTestResult(event, substance("OPIATES", true), value);
        if (disputedAt != null) {
            result.dispute(disputedAt, "worker");
        }
        if (confirmed != null) {
            result.confirm(confirmed, disputedAt.plusSeconds(86400), "worker");
        }
        return result;
    }

    static TestedSubstance substance(String code, boolean founds) {
        TestedSubstance substance = new TestedSubstance(code, code.toLowerCase(java.util.Locale.UK), 1);
        substance.changeLaw(founds, null);
        return substance;
    }

    /** A result for another substance of the same event as {@code sibling}. */
    static DrugTestResult resultFor(
            DrugTestResult sibling, String code, boolean founds, TestResult value, Instant disputedAt, TestResult lab) {
        DrugTestResult result = new DrugTestResult(sibling.getEvent(), substance(code, founds), value);
        if (disputedAt != null) {
            result.dispute(disputedAt, "worker");
        }
        if (lab != null) {
            result.confirm(lab, disputedAt, "worker");
        }
        return result;
    }

    static Stream<Arguments> disputeCases() {
        Instant sent = ARREST.plusSeconds(7200);
        return Stream.of(
                Arguments.of(
                        "positive, sent after the sample", result(TestResult.POSITIVE, null, null), sent, List.of()),
                Arguments.of("negative", result(TestResult.NEGATIVE, null, null), sent, Arrays.asList((String) null)),
                Arguments.of("already disputed", result(TestResult.POSITIVE, sent, null), sent, Arrays.asList((String)
                        null)),
                Arguments.of(
                        "sent before the sample was taken",
                        result(TestResult.POSITIVE, null, null),
                        ARREST.plusSeconds(60),
                        List.of("date")),
                Arguments.of(
                        "sent in the future",
                        result(TestResult.POSITIVE, null, null),
                        NOW.plusSeconds(60),
                        List.of("date")));
    }

    @ParameterizedTest(name = "dispute: {0}")
    @MethodSource("disputeCases")
    void disputeRules(String name, DrugTestResult result, Instant sentAt, List<String> expected) {
        assertThat(fields(CustodyRules.checkDispute(result, sentAt, NOW)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> confirmationCases() {
        Instant sent = ARREST.plusSeconds(7200);
        return Stream.of(
                Arguments.of(
                        "disputed, confirmed later",
                        result(TestResult.POSITIVE, sent, null),
                        TestResult.NEGATIVE,
                        sent.plusSeconds(60),
                        List.of()),
                Arguments.of(
                        "not disputed",
                        result(TestResult.POSITIVE, null, null),
                        TestResult.NEGATIVE,
                        sent,
                        Arrays.asList((String) null)),
                Arguments.of(
                        "already confirmed",
                        result(TestResult.POSITIVE, sent, TestResult.POSITIVE),
                        TestResult.NEGATIVE,
                        sent.plusSeconds(90000),
                        Arrays.asList((String) null)),
                Arguments.of(
                        "no confirmed result chosen",
                        result(TestResult.POSITIVE, sent, null),
                        null,
                        sent.plusSeconds(60),
                        List.of("confirmedResult")),
                Arguments.of(
                        "before it was sent",
                        result(TestResult.POSITIVE, sent, null),
                        TestResult.POSITIVE,
                        sent.minusSeconds(60),
                        List.of("date")),
                Arguments.of(
                        "in the future",
                        result(TestResult.POSITIVE, sent, null),
                        TestResult.POSITIVE,
                        NOW.plusSeconds(60),
                        List.of("date")));
    }

    @ParameterizedTest(name = "confirm: {0}")
    @MethodSource("confirmationCases")
    void confirmationRules(
            String name, DrugTestResult result, TestResult confirmed, Instant at, List<String> expected) {
        assertThat(fields(CustodyRules.checkConfirmation(result, confirmed, at, NOW)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aDisputedPositiveCountsUntilConfirmedNegative() {
        Instant sent = ARREST.plusSeconds(7200);
        assertThat(result(TestResult.POSITIVE, null, null).countsAsPositive()).isTrue();
        assertThat(result(TestResult.POSITIVE, sent, null).countsAsPositive()).isTrue();
        assertThat(result(TestResult.POSITIVE, sent, TestResult.POSITIVE).countsAsPositive())
                .isTrue();
        assertThat(result(TestResult.POSITIVE, sent, TestResult.NEGATIVE).countsAsPositive())
                .isFalse();
        assertThat(result(TestResult.NEGATIVE, null, null).countsAsPositive()).isFalse();
        assertThat(result(TestResult.POSITIVE, sent, null).status())
                .isEqualTo(DrugTestResult.Status.AWAITING_CONFIRMATION);
    }

    // --- assessments -----------------------------------------------------------------------------------

    static RequiredAssessment assessment(AssessmentKind kind, Instant appointment, AssessmentOutcome outcome) {
        RequiredAssessment a =
                new RequiredAssessment(result(TestResult.POSITIVE, null, null).getEvent(), kind);
        a.book(appointment, "Leeds hub", ARREST.plusSeconds(3600), "Assessor");
        if (outcome != null) {
            a.recordOutcome(outcome, outcome.failure() ? null : AssessmentResult.CARE_PLAN, appointment, "worker");
        }
        return a;
    }

    /** Friday 20 November 2026 arrest; a disputed sample sent Monday 23 November allows Monday 30 November. */
    static Stream<Arguments> bookingCases() {
        Instant monday30 = Instant.parse("2026-11-30T10:00:00Z");
        Instant friday27 = Instant.parse("2026-11-27T10:00:00Z");
        Instant sentMonday23 = Instant.parse("2026-11-23T15:00:00Z");
        RequiredAssessment attended = assessment(
                AssessmentKind.INITIAL, Instant.parse("2026-11-24T10:00:00Z"), AssessmentOutcome.ATTENDED_AND_REMAINED);
        RequiredAssessment missed = assessment(
                AssessmentKind.INITIAL, Instant.parse("2026-11-24T10:00:00Z"), AssessmentOutcome.FAILED_TO_ATTEND);
        return Stream.of(
                booking("initial after a positive", AssessmentKind.INITIAL, friday27, true, List.of(), null, null),
                booking(
                        "initial without a positive",
                        AssessmentKind.INITIAL,
                        friday27,
                        false,
                        List.of(),
                        null,
                        null,
                        (String) null),
                booking("second initial", AssessmentKind.INITIAL, friday27, true, List.of(), missed, null, (String)
                        null),
                booking(
                        "appointment before the arrest",
                        AssessmentKind.INITIAL,
                        ARREST.minusSeconds(60),
                        true,
                        List.of(),
                        null,
                        null,
                        "appointmentDate",
                        "noticeDate"),
                booking(
                        "5 working days after a disputed sample",
                        AssessmentKind.INITIAL,
                        monday30,
                        true,
                        List.of(sentMonday23),
                        null,
                        null),
                booking(
                        "4 working days after a disputed sample",
                        AssessmentKind.INITIAL,
                        friday27,
                        true,
                        List.of(sentMonday23),
                        null,
                        null,
                        "appointmentDate"),
                booking(
                        "follow-up after the initial was attended",
                        AssessmentKind.FOLLOW_UP,
                        monday30,
                        true,
                        List.of(),
                        attended,
                        null),
                booking(
                        "follow-up after the initial was missed",
                        AssessmentKind.FOLLOW_UP,
                        monday30,
                        true,
                        List.of(),
                        missed,
                        null,
                        (String) null),
                booking(
                        "follow-up without an initial",
                        AssessmentKind.FOLLOW_UP,
                        monday30,
                        true,
                        List.of(),
                        null,
                        null,
                        (String) null),
                booking(
                        "follow-up before the initial",
                        AssessmentKind.FOLLOW_UP,
                        Instant.parse("2026-11-23T10:00:00Z"),
                        true,
                        List.of(),
                        attended,
                        null,
                        "appointmentDate"),
                booking(
                        "second follow-up",
                        AssessmentKind.FOLLOW_UP,
                        monday30,
                        true,
                        List.of(),
                        attended,
                        assessment(AssessmentKind.FOLLOW_UP, monday30, null),
                        (String) null));
    }

    /** An event arrested at ARREST with one result per disputed sample (or one undisputed result). */
    static CustodyEventRecord record(
            boolean positive, List<Instant> disputes, RequiredAssessment initial, RequiredAssessment followUp) {
        TestResult value = positive ? TestResult.POSITIVE : TestResult.NEGATIVE;
        List<DrugTestResult> results = disputes.isEmpty()
                ? List.of(result(value, null, null))
                : disputes.stream().map(d -> result(value, d, null)).toList();
        List<RequiredAssessment> assessments = new ArrayList<>();
        if (initial != null) {
            assessments.add(initial);
        }
        if (followUp != null) {
            assessments.add(followUp);
        }
        return new CustodyEventRecord(results.get(0).getEvent(), results, assessments, true, true);
    }

    static Arguments booking(
            String name,
            AssessmentKind kind,
            Instant appointment,
            boolean positive,
            List<Instant> disputes,
            RequiredAssessment initial,
            RequiredAssessment followUp,
            String... fields) {
        return Arguments.of(name, kind, appointment, positive, disputes, initial, followUp, Arrays.asList(fields));
    }

    @ParameterizedTest(name = "book: {0}")
    @MethodSource("bookingCases")
    void bookingRules(
            String name,
            AssessmentKind kind,
            Instant appointment,
            boolean positive,
            List<Instant> disputes,
            RequiredAssessment initial,
            RequiredAssessment followUp,
            List<String> expected) {
        Instant notice = appointment.isBefore(ARREST) ? appointment : ARREST.plusSeconds(3600);
        AssessmentBooking booking =
                new AssessmentBooking(kind, appointment, "Leeds hub", notice, "Sam Assessor", true, "PS 1234 Clarke");
        assertThat(fields(ASSESSMENT_RULES.checkBooking(
                        booking, record(positive, disputes, initial, followUp), CALENDAR, NOW)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * The assessment steps the record allows (voiding and correcting are allowed on any test not voided, and
     * tested apart).
     */
    static Set<CustodyEventRecord.Action> allowed(CustodyEventRecord record) {
        return EnumSet.complementOf(EnumSet.of(CustodyEventRecord.Action.VOID, CustodyEventRecord.Action.CORRECT))
                .stream()
                .filter(action -> record.allows(action).isAllowed())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CustodyEventRecord.Action.class)));
    }

    /** The one answer the rules, the form guards and the event page's links all use, along the pathway. */
    @Test
    void whatAnEventAllowsFollowsTheAssessmentPathway() {
        Instant appointment = Instant.parse("2026-11-24T10:00:00Z");
        RequiredAssessment booked = assessment(AssessmentKind.INITIAL, appointment, null);
        RequiredAssessment attended =
                assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.ATTENDED_AND_REMAINED);
        RequiredAssessment missed = assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.FAILED_TO_ATTEND);
        RequiredAssessment followUp = assessment(AssessmentKind.FOLLOW_UP, appointment.plusSeconds(86400), null);
        RequiredAssessment followUpDone = assessment(
                AssessmentKind.FOLLOW_UP, appointment.plusSeconds(86400), AssessmentOutcome.ATTENDED_AND_REMAINED);
        RequiredAssessment followUpCancelled = assessment(AssessmentKind.FOLLOW_UP, appointment, null);
        followUpCancelled.cancel("Not needed", appointment, "assessor");

        assertThat(allowed(record(false, List.of(), null, null))).isEmpty();
        assertThat(allowed(record(true, List.of(), null, null)))
                .containsExactly(CustodyEventRecord.Action.BOOK_INITIAL);
        assertThat(allowed(record(true, List.of(), booked, null))).isEmpty();
        assertThat(allowed(record(true, List.of(), missed, null))).isEmpty();
        assertThat(allowed(record(true, List.of(), attended, null)))
                .containsExactly(CustodyEventRecord.Action.BOOK_FOLLOW_UP, CustodyEventRecord.Action.CANCEL_FOLLOW_UP);
        assertThat(allowed(record(true, List.of(), attended, followUp)))
                .containsExactly(CustodyEventRecord.Action.CANCEL_FOLLOW_UP);
        assertThat(allowed(record(true, List.of(), attended, followUpDone))).isEmpty();
        assertThat(allowed(record(true, List.of(), attended, followUpCancelled)))
                .isEmpty();
        assertThat(record(true, List.of(), attended, followUpCancelled)
                        .allows(CustodyEventRecord.Action.BOOK_FOLLOW_UP)
                        .refusal())
                .isEqualTo("The follow-up assessment was cancelled by the assessor");
    }

    /** Drugs Act 2005 s9(5)-(6): only where required assessment was notified at the suite that day. */
    @Test
    void anAssessmentIsRequiredOnlyWhereRequiredAssessmentWasInForce() {
        CustodyEvent event = result(TestResult.POSITIVE, null, null).getEvent();
        List<DrugTestResult> positive = List.of(result(TestResult.POSITIVE, null, null));

        assertThat(new CustodyEventRecord(event, positive, List.of(), true, true)
                        .allows(CustodyEventRecord.Action.BOOK_INITIAL)
                        .isAllowed())
                .isTrue();
        assertThat(new CustodyEventRecord(event, positive, List.of(), true, false)
                        .allows(CustodyEventRecord.Action.BOOK_INITIAL)
                        .refusal())
                .contains("Required assessment was not in force at this custody suite on the day of arrest")
                .contains("voluntary referral");
    }

    /** Drugs Act 2005 s9(4), s10(5): 18 or over on the day of arrest (Friday 20 November 2026). */
    @ParameterizedTest(name = "born {0}: adult {1}")
    @CsvSource({"2008-11-20, true", "2008-11-21, false", "2012-11-20, false", "1960-02-29, true"})
    void anAssessmentIsRequiredOnlyOfAnAdult(LocalDate dateOfBirth, boolean adult) {
        CustodyEvent event = result(TestResult.POSITIVE, null, null).getEvent();
        CustodyEventRecords records = new CustodyEventRecords(null, null, null, CustodyProperties.defaults());
        assertThat(records.adultOnArrest(dateOfBirth, event)).isEqualTo(adult);

        CustodyEventRecord record =
                new CustodyEventRecord(event, List.of(result(TestResult.POSITIVE, null, null)), List.of(), adult, true);
        assertThat(record.allows(CustodyEventRecord.Action.BOOK_INITIAL).isAllowed())
                .isEqualTo(adult);
        if (!adult) {
            assertThat(record.allows(CustodyEventRecord.Action.BOOK_INITIAL).refusal())
                    .contains("under 18")
                    .contains("youth offending team");
        }
    }

    @Test
    void whatAnAssessmentAndAResultAllowAreTheirNextSteps() {
        Instant appointment = Instant.parse("2026-11-24T10:00:00Z");
        RequiredAssessment booked = assessment(AssessmentKind.INITIAL, appointment, null);
        RequiredAssessment failed = assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.DID_NOT_REMAIN);
        assertThat(booked.allows(RequiredAssessment.Action.RECORD_OUTCOME).isAllowed())
                .isTrue();
        assertThat(booked.allows(RequiredAssessment.Action.TELL_POLICE).refusal())
                .isEqualTo("Only tell the police when the person failed to attend or did not remain");
        assertThat(failed.allows(RequiredAssessment.Action.RECORD_OUTCOME).refusal())
                .isEqualTo("The outcome of this assessment is already recorded");
        assertThat(failed.allows(RequiredAssessment.Action.TELL_POLICE).isAllowed())
                .isTrue();
        failed.policeNotified(appointment.plusSeconds(60), "worker", OFFICER);
        assertThat(failed.allows(RequiredAssessment.Action.TELL_POLICE).refusal())
                .isEqualTo("The police were already told about this failure");

        Instant sent = ARREST.plusSeconds(7200);
        assertThat(result(TestResult.POSITIVE, null, null)
                        .allows(DrugTestResult.Action.SEND_FOR_CONFIRMATION)
                        .isAllowed())
                .isTrue();
        assertThat(result(TestResult.NEGATIVE, null, null)
                        .allows(DrugTestResult.Action.SEND_FOR_CONFIRMATION)
                        .isAllowed())
                .isFalse();
        assertThat(result(TestResult.POSITIVE, sent, null)
                        .allows(DrugTestResult.Action.RECORD_CONFIRMED_RESULT)
                        .isAllowed())
                .isTrue();
        assertThat(result(TestResult.POSITIVE, sent, TestResult.NEGATIVE)
                        .allows(DrugTestResult.Action.RECORD_CONFIRMED_RESULT)
                        .refusal())
                .isEqualTo("The confirmed result is already recorded");
    }

    /**
     * Which positives found a requirement, and when booking waits for the lab: disputes are per substance,
     * and a lab negative ends the requirement (Drugs Act 2005 s16). The event was on Friday 20 November.
     */
    static Stream<Arguments> foundingCases() {
        Instant sent = Instant.parse("2026-11-23T15:00:00Z");
        DrugTestResult opiatesPositive = result(TestResult.POSITIVE, null, null);
        DrugTestResult opiatesDisputed = result(TestResult.POSITIVE, sent, null);
        DrugTestResult opiatesLabPositive = result(TestResult.POSITIVE, sent, TestResult.POSITIVE);
        DrugTestResult opiatesLabNegative = result(TestResult.POSITIVE, sent, TestResult.NEGATIVE);
        DrugTestResult opiatesNegative = result(TestResult.NEGATIVE, null, null);
        return Stream.of(
                Arguments.of("opiates positive", List.of(opiatesPositive), true, false),
                Arguments.of("opiates negative", List.of(opiatesNegative), false, false),
                Arguments.of(
                        "amphetamines positive only (not a founding substance)",
                        List.of(
                                opiatesNegative,
                                resultFor(opiatesNegative, "AMPHETAMINES", false, TestResult.POSITIVE, null, null)),
                        false,
                        false),
                Arguments.of("opiates disputed, at the lab", List.of(opiatesDisputed), true, true),
                Arguments.of("opiates disputed, lab confirmed positive", List.of(opiatesLabPositive), true, false),
                Arguments.of("opiates disputed, lab negative", List.of(opiatesLabNegative), false, false),
                Arguments.of(
                        "cocaine disputed at the lab, opiates positive undisputed",
                        List.of(
                                opiatesPositive,
                                resultFor(opiatesPositive, "COCAINE", true, TestResult.POSITIVE, sent, null)),
                        true,
                        false),
                Arguments.of(
                        "cocaine confirmed positive the same day, opiates disputed at the lab",
                        List.of(
                                opiatesDisputed,
                                resultFor(
                                        opiatesDisputed,
                                        "COCAINE",
                                        true,
                                        TestResult.POSITIVE,
                                        sent,
                                        TestResult.POSITIVE)),
                        true,
                        false),
                Arguments.of(
                        "both disputed, cocaine lab negative, opiates at the lab",
                        List.of(
                                opiatesDisputed,
                                resultFor(
                                        opiatesDisputed,
                                        "COCAINE",
                                        true,
                                        TestResult.POSITIVE,
                                        sent,
                                        TestResult.NEGATIVE)),
                        true,
                        true),
                Arguments.of(
                        "both disputed, both lab negative",
                        List.of(
                                opiatesLabNegative,
                                resultFor(
                                        opiatesLabNegative,
                                        "COCAINE",
                                        true,
                                        TestResult.POSITIVE,
                                        sent,
                                        TestResult.NEGATIVE)),
                        false,
                        false));
    }

    @ParameterizedTest(name = "founding: {0}")
    @MethodSource("foundingCases")
    void aRequirementRestsOnFoundingPositivesAndWaitsOnlyForTheLab(
            String name, List<DrugTestResult> results, boolean founds, boolean waitsForTheLab) {
        CustodyEventRecord record = new CustodyEventRecord(results.get(0).getEvent(), results, List.of(), true, true);
        assertThat(record.foundsRequirement()).isEqualTo(founds);
        assertThat(record.allows(CustodyEventRecord.Action.BOOK_INITIAL).isAllowed())
                .isEqualTo(founds);
        assertThat(!record.awaitingTheLab().isEmpty()).isEqualTo(waitsForTheLab);
        // The booking rule: Friday 27 November is before the fifth working day after Monday 23 November.
        AssessmentBooking friday = new AssessmentBooking(
                AssessmentKind.INITIAL,
                Instant.parse("2026-11-27T10:00:00Z"),
                "Leeds hub",
                ARREST.plusSeconds(3600),
                "Sam Assessor",
                true,
                "PS 1234 Clarke");
        assertThat(fields(ASSESSMENT_RULES.checkBooking(friday, record, CALENDAR, NOW)))
                .isEqualTo(
                        !founds
                                ? Arrays.asList((String) null)
                                : waitsForTheLab ? List.of("appointmentDate") : List.of());
    }

    /** Drugs Act 2005 s13(7): notice of the follow-up is given before the initial assessment ends. */
    @ParameterizedTest(name = "follow-up notice {0} the end of the initial")
    @CsvSource({"before, -60, ", "at, 0, ", "after, 60, noticeDate"})
    void theFollowUpNoticeIsGivenBeforeTheInitialEnds(String when, long secondsAfterEnd, String field) {
        Instant initialAt = Instant.parse("2026-11-24T10:00:00Z");
        RequiredAssessment attended =
                assessment(AssessmentKind.INITIAL, initialAt, AssessmentOutcome.ATTENDED_AND_REMAINED);
        AssessmentBooking followUp = new AssessmentBooking(
                AssessmentKind.FOLLOW_UP,
                Instant.parse("2026-11-26T10:00:00Z"),
                "Leeds hub",
                initialAt.plusSeconds(secondsAfterEnd),
                "Sam Assessor",
                true,
                "PS 1234 Clarke");
        List<RuleViolationException> problems =
                ASSESSMENT_RULES.checkBooking(followUp, record(true, List.of(), attended, null), CALENDAR, NOW);
        assertThat(fields(problems)).isEqualTo(field == null ? List.of() : List.of(field));
        if (field != null) {
            assertThat(problems.get(0).getMessage()).contains("before the initial assessment ended, at 10:00am");
        }
    }

    /** The notice: after the sample, before release, with the warning and who imposed it (s11, PACE). */
    @ParameterizedTest(name = "notice: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "valid                    | 3600  |       | true  | PS 1234 Clarke |",
                "before the sample        | 1800  |       | true  | PS 1234 Clarke | noticeDate",
                "after release            | 7200  | 5400  | true  | PS 1234 Clarke | noticeDate",
                "before release           | 3600  | 5400  | true  | PS 1234 Clarke |",
                "warning not recorded     | 3600  |       |       | PS 1234 Clarke | warningGiven",
                "nobody imposed it        | 3600  |       | true  | ' '            | imposedBy",
            })
    void theNoticeIsGivenInCustodyWithItsWarning(
            String name,
            long noticeAfterArrest,
            Long releaseAfterArrest,
            Boolean warned,
            String imposedBy,
            String field) {
        DrugTestResult positive = result(TestResult.POSITIVE, null, null);
        CustodyEvent event = positive.getEvent();
        if (releaseAfterArrest != null) {
            org.springframework.test.util.ReflectionTestUtils.setField(
                    event, "releasedAt", ARREST.plusSeconds(releaseAfterArrest));
        }
        AssessmentBooking booking = new AssessmentBooking(
                AssessmentKind.INITIAL,
                Instant.parse("2026-11-26T10:00:00Z"),
                "Leeds hub",
                ARREST.plusSeconds(noticeAfterArrest),
                "Sam Assessor",
                warned,
                imposedBy);
        CustodyEventRecord record = new CustodyEventRecord(event, List.of(positive), List.of(), true, true);
        assertThat(fields(ASSESSMENT_RULES.checkBooking(booking, record, CALENDAR, NOW)))
                .isEqualTo(field == null ? List.of() : List.of(field));
    }

    /** A further notice (RA2-style): after the first notice, before the new time, in the past. */
    @ParameterizedTest(name = "change: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a later time                        | 2026-11-26T10:00:00Z | Leeds hub   | 2026-11-21T09:00:00Z |",
                "another place, same time            | 2026-11-24T10:00:00Z | Bradford    | 2026-11-21T09:00:00Z |",
                "nothing changes                     | 2026-11-24T10:00:00Z | leeds hub   | 2026-11-21T09:00:00Z | appointmentDate",
                "notice before the first notice      | 2026-11-26T10:00:00Z | Leeds hub   | 2026-11-20T10:30:00Z | noticeDate",
                "notice in the future                | 2026-11-30T10:00:00Z | Leeds hub   | 2026-11-28T09:00:00Z | noticeDate",
                "new time before its notice          | 2026-11-21T08:00:00Z | Leeds hub   | 2026-11-21T09:00:00Z | appointmentDate",
            })
    void aFurtherNoticeMovesTheAppointment(String name, Instant at, String place, Instant notice, String field) {
        RequiredAssessment booked = assessment(AssessmentKind.INITIAL, Instant.parse("2026-11-24T10:00:00Z"), null);
        CustodyEventRecord record = record(true, List.of(), booked, null);
        assertThat(fields(ASSESSMENT_RULES.checkChange(booked, record, at, place, notice, CALENDAR, NOW)))
                .isEqualTo(field == null ? List.of() : List.of(field));
    }

    @Test
    void onlyAnOpenRequirementCanBeChangedOrWithdrawn() {
        Instant appointment = Instant.parse("2026-11-24T10:00:00Z");
        RequiredAssessment attended =
                assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.ATTENDED_AND_REMAINED);
        assertThat(attended.allows(RequiredAssessment.Action.CHANGE_APPOINTMENT).refusal())
                .isEqualTo("The outcome of this assessment is already recorded");
        assertThat(AssessmentRules.checkWithdraw(attended, "Charge dropped", NOW, NOW))
                .extracting(RuleViolationException::getMessage)
                .containsExactly("The outcome of this assessment is already recorded");

        RequiredAssessment booked = assessment(AssessmentKind.INITIAL, appointment, null);
        assertThat(fields(AssessmentRules.checkWithdraw(booked, " ", NOW, NOW))).containsExactly("reason");
        assertThat(fields(AssessmentRules.checkWithdraw(booked, "Charge dropped", ARREST, NOW)))
                .containsExactly("date");
        assertThat(fields(AssessmentRules.checkWithdraw(booked, "Charge dropped", NOW.plusSeconds(60), NOW)))
                .containsExactly("date");
        assertThat(AssessmentRules.checkWithdraw(booked, "Charge dropped", NOW, NOW))
                .isEmpty();

        booked.end("withdrawn by the police: charge dropped", NOW, "worker");
        assertThat(booked.allows(RequiredAssessment.Action.CHANGE_APPOINTMENT).refusal())
                .isEqualTo("This requirement ended: withdrawn by the police: charge dropped");
        assertThat(booked.allows(RequiredAssessment.Action.WITHDRAW).isAllowed())
                .isFalse();
    }

    /** A test recorded in error is voided once, with a reason and a time; then nothing more hangs from it. */
    @Test
    void aVoidedTestAllowsNothingMore() {
        RequiredAssessment booked = assessment(AssessmentKind.INITIAL, Instant.parse("2026-11-24T10:00:00Z"), null);
        CustodyEventRecord record = record(true, List.of(), booked, null);
        assertThat(fields(CustodyRules.checkVoid(record, " ", NOW, NOW))).containsExactly("reason");
        assertThat(fields(CustodyRules.checkVoid(record, "Wrong person", ARREST.minusSeconds(60), NOW)))
                .containsExactly("date");
        assertThat(fields(CustodyRules.checkVoid(record, "Wrong person", NOW.plusSeconds(60), NOW)))
                .containsExactly("date");
        assertThat(CustodyRules.checkVoid(record, "Wrong person", NOW, NOW)).isEmpty();

        record.event().voidAsRecordedInError("Wrong person", NOW, "worker");
        assertThat(allowed(record)).isEmpty();
        assertThat(CustodyRules.checkVoid(record, "Again", NOW, NOW))
                .extracting(RuleViolationException::getMessage)
                .containsExactly("This test was voided: Wrong person");
        assertThat(record.results()
                        .get(0)
                        .allows(DrugTestResult.Action.SEND_FOR_CONFIRMATION)
                        .refusal())
                .isEqualTo("This test was voided: Wrong person");
        RequiredAssessment onTheVoidedTest = new RequiredAssessment(record.event(), AssessmentKind.INITIAL);
        onTheVoidedTest.book(Instant.parse("2026-11-24T10:00:00Z"), "Leeds hub", ARREST.plusSeconds(3600), "Assessor");
        assertThat(onTheVoidedTest
                        .allows(RequiredAssessment.Action.RECORD_OUTCOME)
                        .refusal())
                .isEqualTo("This test was voided: Wrong person");
    }

    @Test
    void anEndedRequirementTakesNoOutcomeAndSaysWhy() {
        RequiredAssessment booked = assessment(AssessmentKind.INITIAL, Instant.parse("2026-11-24T10:00:00Z"), null);
        assertThat(booked.open()).isTrue();
        booked.end("the lab did not confirm the positive result (Drugs Act 2005 s16)", NOW, "worker");
        assertThat(booked.open()).isFalse();
        assertThat(booked.status(NOW)).isEqualTo(RequiredAssessment.Status.ENDED);
        assertThat(booked.allows(RequiredAssessment.Action.RECORD_OUTCOME).refusal())
                .isEqualTo("This requirement ended: the lab did not confirm the positive result (Drugs Act 2005 s16)");
        assertThat(booked.allows(RequiredAssessment.Action.TELL_POLICE).isAllowed())
                .isFalse();
    }

    @Test
    void aSubstanceIsAskedOfTestsFromItsFirstDay() {
        TestedSubstance amphetamines = substance("AMPHETAMINES", false);
        assertThat(amphetamines.testedOn(LocalDate.of(2024, 3, 1))).isTrue();
        amphetamines.changeLaw(false, LocalDate.of(2026, 11, 30));
        assertThat(amphetamines.testedOn(LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(amphetamines.testedOn(LocalDate.of(2026, 11, 30))).isTrue();
    }

    @Test
    void bookingSaysTheEarliestDayAfterADisputedSample() {
        AssessmentBooking booking = new AssessmentBooking(
                AssessmentKind.INITIAL,
                Instant.parse("2026-12-03T10:00:00Z"),
                "Leeds hub",
                ARREST.plusSeconds(3600),
                "Sam Assessor",
                true,
                "PS 1234 Clarke");
        assertThat(ASSESSMENT_RULES.checkBooking(
                        booking,
                        record(true, List.of(Instant.parse("2026-11-27T09:00:00Z")), null, null),
                        CALENDAR,
                        NOW))
                .extracting(RuleViolationException::getMessage)
                .containsExactly(
                        "The appointment must be on or after 4 December 2026, 5 working days after the disputed sample was sent to the lab");
    }

    static Stream<Arguments> outcomeCases() {
        Instant appointment = Instant.parse("2026-11-24T10:00:00Z");
        return Stream.of(
                Arguments.of(
                        "attended with a result",
                        AssessmentOutcome.ATTENDED_AND_REMAINED,
                        AssessmentResult.REFERRAL,
                        appointment.plusSeconds(3600),
                        List.of()),
                Arguments.of(
                        "attended without a result",
                        AssessmentOutcome.ATTENDED_AND_REMAINED,
                        null,
                        appointment.plusSeconds(3600),
                        List.of("result")),
                Arguments.of(
                        "failed with a result",
                        AssessmentOutcome.FAILED_TO_ATTEND,
                        AssessmentResult.CARE_PLAN,
                        appointment,
                        List.of("result")),
                Arguments.of("did not remain", AssessmentOutcome.DID_NOT_REMAIN, null, appointment, List.of()),
                Arguments.of("no outcome chosen", null, null, appointment, List.of("outcome")),
                Arguments.of(
                        "before the appointment",
                        AssessmentOutcome.FAILED_TO_ATTEND,
                        null,
                        appointment.minusSeconds(60),
                        List.of("date")),
                Arguments.of(
                        "in the future",
                        AssessmentOutcome.FAILED_TO_ATTEND,
                        null,
                        NOW.plusSeconds(60),
                        List.of("date")));
    }

    @ParameterizedTest(name = "outcome: {0}")
    @MethodSource("outcomeCases")
    void outcomeRules(
            String name, AssessmentOutcome outcome, AssessmentResult result, Instant at, List<String> expected) {
        RequiredAssessment a = assessment(AssessmentKind.INITIAL, Instant.parse("2026-11-24T10:00:00Z"), null);
        assertThat(fields(AssessmentRules.checkOutcome(a, outcome, result, at, NOW)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anOutcomeIsRecordedOnceAndNotForACancelledAssessment() {
        Instant appointment = Instant.parse("2026-11-24T10:00:00Z");
        RequiredAssessment done = assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.DID_NOT_REMAIN);
        assertThat(fields(AssessmentRules.checkOutcome(done, AssessmentOutcome.DID_NOT_REMAIN, null, appointment, NOW)))
                .containsExactly((String) null);
        RequiredAssessment cancelled = assessment(AssessmentKind.FOLLOW_UP, appointment, null);
        cancelled.cancel("Not needed", appointment.minusSeconds(60), "assessor");
        assertThat(fields(AssessmentRules.checkOutcome(
                        cancelled, AssessmentOutcome.DID_NOT_REMAIN, null, appointment, NOW)))
                .containsExactly((String) null);
    }

    static Stream<Arguments> cancelCases() {
        Instant appointment = Instant.parse("2026-11-24T10:00:00Z");
        RequiredAssessment attended =
                assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.ATTENDED_AND_REMAINED);
        RequiredAssessment missed = assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.FAILED_TO_ATTEND);
        RequiredAssessment followUpDone = assessment(
                AssessmentKind.FOLLOW_UP, appointment.plusSeconds(86400), AssessmentOutcome.ATTENDED_AND_REMAINED);
        Instant later = appointment.plusSeconds(7200);
        return Stream.of(
                Arguments.of("before booking, initial attended", attended, null, "Engaging well", later, List.of()),
                Arguments.of(
                        "booked follow-up",
                        attended,
                        assessment(AssessmentKind.FOLLOW_UP, appointment.plusSeconds(86400), null),
                        "Engaging well",
                        later,
                        List.of()),
                Arguments.of("without a reason", attended, null, " ", later, List.of("reason")),
                Arguments.of("initial missed", missed, null, "Reason", later, Arrays.asList((String) null)),
                Arguments.of(
                        "follow-up already has an outcome",
                        attended,
                        followUpDone,
                        "Reason",
                        later,
                        Arrays.asList((String) null)),
                Arguments.of("in the future", attended, null, "Reason", NOW.plusSeconds(60), List.of("date")),
                Arguments.of(
                        "before the initial assessment",
                        attended,
                        null,
                        "Reason",
                        appointment.minusSeconds(60),
                        List.of("date")));
    }

    @ParameterizedTest(name = "cancel follow-up: {0}")
    @MethodSource("cancelCases")
    void cancelRules(
            String name,
            RequiredAssessment initial,
            RequiredAssessment followUp,
            String reason,
            Instant at,
            List<String> expected) {
        assertThat(fields(AssessmentRules.checkCancelFollowUp(
                        record(true, List.of(), initial, followUp), reason, at, NOW)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> policeCases() {
        Instant appointment = Instant.parse("2026-11-24T10:00:00Z");
        RequiredAssessment toldAlready =
                assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.DID_NOT_REMAIN);
        toldAlready.policeNotified(appointment.plusSeconds(60), "worker", OFFICER);
        return Stream.of(
                Arguments.of(
                        "failed to attend",
                        assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.FAILED_TO_ATTEND),
                        appointment.plusSeconds(60),
                        List.of()),
                Arguments.of(
                        "did not remain",
                        assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.DID_NOT_REMAIN),
                        appointment.plusSeconds(60),
                        List.of()),
                Arguments.of(
                        "attended",
                        assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.ATTENDED_AND_REMAINED),
                        appointment.plusSeconds(60),
                        Arrays.asList((String) null)),
                Arguments.of(
                        "no outcome yet",
                        assessment(AssessmentKind.INITIAL, appointment, null),
                        appointment.plusSeconds(60),
                        Arrays.asList((String) null)),
                Arguments.of("already told", toldAlready, appointment.plusSeconds(120), Arrays.asList((String) null)),
                Arguments.of(
                        "before the failure",
                        assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.FAILED_TO_ATTEND),
                        appointment.minusSeconds(60),
                        List.of("date")),
                Arguments.of(
                        "in the future",
                        assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.FAILED_TO_ATTEND),
                        NOW.plusSeconds(60),
                        List.of("date")));
    }

    @ParameterizedTest(name = "police told: {0}")
    @MethodSource("policeCases")
    void policeRules(String name, RequiredAssessment assessment, Instant at, List<String> expected) {
        assertThat(fields(AssessmentRules.checkPoliceNotified(assessment, at, OFFICER, NOW)))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static final PoliceContact OFFICER = CustodyTestSupport.OFFICER;

    /** The evidential statement names the officer told, their collar number, and how. */
    @ParameterizedTest(name = "officer: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "named with a collar number       | PC Jordan Ellis | 4417        | TELEPHONE | ",
                "a lower-case collar number       | PC Jordan Ellis | wy4417      | IN_PERSON | ",
                "no name                          | ' '             | 4417        | TELEPHONE | officerName",
                "a collar number with a slash     | PC Jordan Ellis | 44/17       | TELEPHONE | collarNumber",
                "a collar number of 11 characters | PC Jordan Ellis | 12345678901 | TELEPHONE | collarNumber",
                "not said how                     | PC Jordan Ellis | 4417        |           | how",
            })
    void theOfficerToldIsNamed(String name, String officer, String collar, PoliceContact.How how, String field) {
        Instant appointment = Instant.parse("2026-11-24T10:00:00Z");
        RequiredAssessment failed = assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.FAILED_TO_ATTEND);
        assertThat(fields(AssessmentRules.checkPoliceNotified(
                        failed, appointment.plusSeconds(3600), new PoliceContact(officer, collar, how), NOW)))
                .isEqualTo(field == null ? List.of() : List.of(field));
    }

    @Test
    void assessmentStatusIsDerivedFromItsSteps() {
        Instant appointment = Instant.parse("2026-11-24T10:00:00Z");
        assertThat(assessment(AssessmentKind.INITIAL, NOW.plusSeconds(3600), null)
                        .status(NOW))
                .isEqualTo(RequiredAssessment.Status.BOOKED);
        assertThat(assessment(AssessmentKind.INITIAL, appointment, null).status(NOW))
                .isEqualTo(RequiredAssessment.Status.AWAITING_OUTCOME);
        RequiredAssessment failed = assessment(AssessmentKind.INITIAL, appointment, AssessmentOutcome.FAILED_TO_ATTEND);
        assertThat(failed.status(NOW)).isEqualTo(RequiredAssessment.Status.FAILED_POLICE_NOT_TOLD);
        failed.policeNotified(appointment.plusSeconds(60), "w", OFFICER);
        assertThat(failed.status(NOW)).isEqualTo(RequiredAssessment.Status.FAILED_POLICE_TOLD);
    }

    static List<String> fields(List<RuleViolationException> problems) {
        List<String> fields = new ArrayList<>();
        problems.forEach(p -> fields.add(p.field()));
        return fields;
    }
}
