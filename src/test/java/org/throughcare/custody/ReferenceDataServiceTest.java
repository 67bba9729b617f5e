package org.throughcare.custody;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithMockUser;
import org.throughcare.IntegrationTest;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditQuery;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RuleViolationException;
import org.throughcare.custody.NotificationConditions.NotificationDetails;
import org.throughcare.custody.ReferenceDataService.OffenceDetails;
import org.throughcare.custody.ReferenceDataService.SubstanceDetails;
import org.throughcare.custody.ReferenceDataService.SuiteDetails;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reference data rules on the real database: uniqueness, the testing period, audit, stale edits. */
@IntegrationTest
@WithMockUser(username = "refdata.admin", roles = "ADMIN")
class ReferenceDataServiceTest {

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    CustodySuiteRepository suites;

    @Autowired
    OffenceRepository offences;

    @Autowired
    TestedSubstanceRepository substances;

    @Autowired
    AuditService audit;

    @Autowired
    TestingNotificationRepository notifications;

    @Autowired
    NotificationConditions conditions;

    // ---- Custody suites

    @Test
    void createsASuiteAndAuditsIt() {
        String name = unique("Suite");
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force(0), "  " + name + " ", 0));

        CustodySuite saved = suites.findById(suite.getId()).orElseThrow();
        assertThat(saved.getName()).isEqualTo(name);
        assertThat(saved.getForceId()).isEqualTo(force(0));
        AuditEvent event = onlyEvent(ReferenceDataService.SUITE, suite.getId());
        assertThat(event.getAction()).isEqualTo(AuditAction.CREATE);
        assertThat(event.getActor()).isEqualTo("refdata.admin");
        assertThat(event.getSummary()).contains(name, forceName(0), "no notification in force yet");
    }

    @Test
    void suiteNamesAreUniqueWithinAForceIgnoringCase() {
        String name = unique("Suite");
        referenceData.createSuite(new SuiteDetails(force(0), name, 0));

        assertThatThrownBy(
                        () -> referenceData.createSuite(new SuiteDetails(force(0), name.toUpperCase(Locale.ROOT), 0)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).contains("already exists in " + forceName(0));
                });
        CustodySuite other = referenceData.createSuite(new SuiteDetails(force(1), name, 0));
        assertThat(other.getId()).as("the same name in another force is fine").isNotNull();

        assertThatThrownBy(() ->
                        referenceData.updateSuite(other.getId(), new SuiteDetails(force(0), name, other.getVersion())))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    // ---- Notification conditions

    @Test
    void addsNotificationConditionsPerKindAndAuditsThem() {
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force(0), unique("Suite"), 0));
        LocalDate from = LocalDate.of(2015, 4, 1);
        TestingNotification arrest = conditions.create(
                suite.getId(), new NotificationDetails(NotificationKind.TESTING_ON_ARREST, from, null, 0));
        conditions.create(
                suite.getId(),
                new NotificationDetails(
                        NotificationKind.REQUIRED_ASSESSMENT, from.plusYears(1), LocalDate.of(2024, 3, 3), 0));

        assertThat(conditions.inForce(LocalDate.of(2015, 4, 1)).get(suite.getId()))
                .containsExactly(NotificationKind.TESTING_ON_ARREST);
        assertThat(conditions.inForce(LocalDate.of(2024, 3, 2)).get(suite.getId()))
                .containsExactly(NotificationKind.TESTING_ON_ARREST, NotificationKind.REQUIRED_ASSESSMENT);
        assertThat(conditions.inForce(LocalDate.of(2024, 3, 3)).get(suite.getId()))
                .as("the day it ended is the first day without it")
                .containsExactly(NotificationKind.TESTING_ON_ARREST);
        assertThat(conditions.inForce(LocalDate.of(2015, 3, 31))).doesNotContainKey(suite.getId());
        assertThat(onlyEvent(NotificationConditions.NOTIFICATION, arrest.getId())
                        .getSummary())
                .contains("Testing on arrest at " + suite.getName() + ": in force from 1 April 2015");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "no start date,                        ,           ,           inForceFrom",
        "ends on the day it starts,            2020-01-06, 2020-01-06, endedOn",
        "ends before it starts,                2020-01-06, 2020-01-05, endedOn",
        "overlaps the period already in force, 2019-12-01, 2020-02-01, inForceFrom",
        "starts inside it,                     2020-06-01,           , inForceFrom",
    })
    void aNotificationPeriodIsWholeAndDoesNotOverlapAnotherOfItsKind(
            String why, LocalDate from, LocalDate ended, String field) {
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force(0), unique("Suite"), 0));
        conditions.create(
                suite.getId(),
                new NotificationDetails(
                        NotificationKind.TESTING_ON_CHARGE, LocalDate.of(2020, 1, 6), LocalDate.of(2021, 1, 1), 0));

        assertRefused(
                () -> conditions.create(
                        suite.getId(), new NotificationDetails(NotificationKind.TESTING_ON_CHARGE, from, ended, 0)),
                field);
    }

    @Test
    void periodsMeetWithoutOverlappingAndOtherKindsAreIndependent() {
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force(0), unique("Suite"), 0));
        LocalDate withdrawn = LocalDate.of(2021, 1, 1);
        TestingNotification first = conditions.create(
                suite.getId(),
                new NotificationDetails(NotificationKind.TESTING_ON_CHARGE, LocalDate.of(2020, 1, 6), withdrawn, 0));

        conditions.create(
                suite.getId(), new NotificationDetails(NotificationKind.TESTING_ON_CHARGE, withdrawn, null, 0));
        conditions.create(
                suite.getId(),
                new NotificationDetails(NotificationKind.TESTING_UNDER_18, LocalDate.of(2020, 6, 1), null, 0));

        assertThat(conditions.forSuite(suite.getId())).hasSize(3);
        assertRefused(
                () -> conditions.update(
                        suite.getId(),
                        first.getId(),
                        new NotificationDetails(null, LocalDate.of(2020, 1, 6), null, first.getVersion())),
                "inForceFrom");
    }

    @Test
    void theDatabaseRefusesOverlappingPeriodsOfOneKind() {
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force(0), unique("Suite"), 0));
        notifications.saveAndFlush(new TestingNotification(
                suite.getId(), NotificationKind.REQUIRED_ASSESSMENT, LocalDate.of(2020, 1, 1), null));

        assertThatThrownBy(() -> notifications.saveAndFlush(new TestingNotification(
                        suite.getId(), NotificationKind.REQUIRED_ASSESSMENT, LocalDate.of(2022, 1, 1), null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void changesANotificationsDatesWithAudit() {
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force(0), unique("Suite"), 0));
        TestingNotification notification = conditions.create(
                suite.getId(),
                new NotificationDetails(NotificationKind.TESTING_ON_ARREST, LocalDate.of(2024, 3, 1), null, 0));

        conditions.update(
                suite.getId(),
                notification.getId(),
                new NotificationDetails(
                        NotificationKind.REQUIRED_ASSESSMENT,
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 3, 3),
                        notification.getVersion()));

        TestingNotification saved = notifications.findById(notification.getId()).orElseThrow();
        assertThat(saved.getKind()).as("the kind is fixed").isEqualTo(NotificationKind.TESTING_ON_ARREST);
        assertThat(saved.getEndedOn()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(events(NotificationConditions.NOTIFICATION, notification.getId()).stream()
                        .filter(e -> e.getAction() == AuditAction.UPDATE)
                        .findFirst()
                        .orElseThrow()
                        .getSummary())
                .contains("Changed testing on arrest at " + suite.getName(), "Ended on: none → 3 March 2024");
    }

    @Test
    void refusesAnUnknownForce() {
        assertRefused(() -> referenceData.createSuite(new SuiteDetails(-1L, unique("Suite"), 0)), "forceId");
    }

    @Test
    void auditsAChangeWithOldAndNewValues() {
        String name = unique("Suite");
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force(0), name, 0));

        referenceData.updateSuite(suite.getId(), new SuiteDetails(force(0), name + " renamed", suite.getVersion()));

        CustodySuite saved = suites.findById(suite.getId()).orElseThrow();
        assertThat(saved.getName()).isEqualTo(name + " renamed");
        AuditEvent update = events(ReferenceDataService.SUITE, suite.getId()).stream()
                .filter(e -> e.getAction() == AuditAction.UPDATE)
                .findFirst()
                .orElseThrow();
        assertThat(update.getSummary()).contains("Name: " + name + " → " + name + " renamed");
    }

    @Test
    void refusesAStaleSuiteVersion() {
        String name = unique("Suite");
        CustodySuite suite = referenceData.createSuite(new SuiteDetails(force(0), name, 0));
        long opened = suite.getVersion();
        referenceData.updateSuite(suite.getId(), new SuiteDetails(force(0), name + " first", opened));

        assertThatThrownBy(() ->
                        referenceData.updateSuite(suite.getId(), new SuiteDetails(force(0), name + " second", opened)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.field()).isNull();
                    assertThat(e.getMessage()).startsWith("Someone else changed this custody suite");
                });
        assertThat(suites.findById(suite.getId()).orElseThrow().getName()).isEqualTo(name + " first");
    }

    // ---- Offences

    @Test
    void createsAndRetiresAnOffenceWithAudit() {
        String name = unique("Offence");
        Offence offence = referenceData.createOffence(new OffenceDetails(name, null, true, true, 0));
        assertThat(onlyEvent(ReferenceDataService.OFFENCE, offence.getId()).getSummary())
                .contains(name, "Trigger: none → Yes", "Active: none → Yes");

        referenceData.updateOffence(offence.getId(), new OffenceDetails(name, null, true, false, offence.getVersion()));

        Offence saved = offences.findById(offence.getId()).orElseThrow();
        assertThat(saved.isActive()).isFalse();
        assertThat(saved.isTrigger()).isTrue();
        assertThat(events(ReferenceDataService.OFFENCE, offence.getId()))
                .anySatisfy(e -> assertThat(e.getSummary()).contains("Active: Yes → No"));
    }

    @Test
    void anOffenceMayCarryItsHomeOfficeCodeOnceAndItIsPartOfItsLabel() {
        // A code no seeded offence has: 3 digits and 2 letters, made unique per run.
        String code = String.valueOf(100 + Math.abs(UUID.randomUUID().hashCode()) % 900) + "ZQ";
        Offence offence = referenceData.createOffence(
                new OffenceDetails(unique("Offence"), " " + code.toLowerCase(Locale.ROOT) + " ", false, true, 0));

        assertThat(offences.findById(offence.getId()).orElseThrow().getHomeOfficeCode())
                .isEqualTo(code);
        assertThat(offence.label()).endsWith("(HO " + code + ")");
        assertThat(onlyEvent(ReferenceDataService.OFFENCE, offence.getId()).getSummary())
                .contains("Home Office code: none → " + code);
        assertRefused(
                () -> referenceData.createOffence(new OffenceDetails(unique("Offence"), code, false, true, 0)),
                "homeOfficeCode");
    }

    @Test
    void offenceNamesAreUniqueIgnoringCase() {
        String name = unique("Offence");
        Offence offence = referenceData.createOffence(new OffenceDetails(name, null, false, true, 0));
        Offence other = referenceData.createOffence(new OffenceDetails(unique("Offence"), null, false, true, 0));

        assertRefused(
                () -> referenceData.createOffence(
                        new OffenceDetails(name.toLowerCase(Locale.ROOT), null, true, true, 0)),
                "name");
        assertRefused(
                () -> referenceData.updateOffence(
                        other.getId(), new OffenceDetails(" " + name, null, false, true, other.getVersion())),
                "name");
        assertThat(referenceData
                        .updateOffence(
                                offence.getId(),
                                new OffenceDetails(
                                        name.toUpperCase(Locale.ROOT), null, false, true, offence.getVersion()))
                        .getName())
                .as("an offence may change the case of its own name")
                .isEqualTo(name.toUpperCase(Locale.ROOT));
    }

    @Test
    void refusesAStaleOffenceVersion() {
        Offence offence = referenceData.createOffence(new OffenceDetails(unique("Offence"), null, false, true, 0));
        long opened = offence.getVersion();
        referenceData.updateOffence(offence.getId(), new OffenceDetails(offence.getName(), null, true, true, opened));

        assertRefused(
                () -> referenceData.updateOffence(
                        offence.getId(), new OffenceDetails(offence.getName(), null, false, false, opened)),
                null);
        assertThat(offences.findById(offence.getId()).orElseThrow().isActive()).isTrue();
    }

    // ---- Tested substances

    @Test
    void createsASubstanceWithANormalisedCodeAndAuditsIt() {
        String code = uniqueCode();
        TestedSubstance substance = referenceData.createSubstance(
                new SubstanceDetails(" " + code.toLowerCase(Locale.ROOT) + " ", "Ketamine", true, 7, false, null, 0));

        TestedSubstance saved = substances.findById(substance.getId()).orElseThrow();
        assertThat(saved.getCode()).isEqualTo(code);
        assertThat(saved.getDisplayOrder()).isEqualTo(7);
        assertThat(onlyEvent(ReferenceDataService.SUBSTANCE, substance.getId()).getSummary())
                .contains(code, "Ketamine", "Display order: none → 7");
    }

    @Test
    void substanceCodesAreUniqueAndWellFormed() {
        String code = uniqueCode();
        referenceData.createSubstance(new SubstanceDetails(code, "Spice", true, 3, false, null, 0));

        assertRefused(
                () -> referenceData.createSubstance(new SubstanceDetails(code, "Other", true, 3, false, null, 0)),
                "code");
        assertRefused(
                () -> referenceData.createSubstance(new SubstanceDetails("1" + code, "Other", true, 3, false, null, 0)),
                "code");
        assertRefused(
                () -> referenceData.createSubstance(new SubstanceDetails("SPICE-2", "Other", true, 3, false, null, 0)),
                "code");
    }

    @Test
    void changingASubstanceKeepsItsCodeAndAuditsTheChange() {
        String code = uniqueCode();
        TestedSubstance substance =
                referenceData.createSubstance(new SubstanceDetails(code, "Spice", true, 3, false, null, 0));

        referenceData.updateSubstance(
                substance.getId(),
                new SubstanceDetails(
                        "OTHER_CODE", "Synthetic cannabinoids", false, 4, false, null, substance.getVersion()));

        TestedSubstance saved = substances.findById(substance.getId()).orElseThrow();
        assertThat(saved.getCode()).isEqualTo(code);
        assertThat(saved.getName()).isEqualTo("Synthetic cannabinoids");
        assertThat(saved.isActive()).isFalse();
        assertThat(events(ReferenceDataService.SUBSTANCE, substance.getId()))
                .anySatisfy(e -> assertThat(e.getSummary())
                        .contains("Name: Spice → Synthetic cannabinoids", "Active: Yes → No", "Display order: 3 → 4"));

        long opened = substance.getVersion();
        assertRefused(
                () -> referenceData.updateSubstance(
                        substance.getId(), new SubstanceDetails(null, "Spice", true, 3, false, null, opened)),
                null);
    }

    // ---- helpers

    private Long force(int index) {
        return List.copyOf(referenceData.policeForceAreas().keySet()).get(index);
    }

    private String forceName(int index) {
        return referenceData.policeForceAreas().get(force(index));
    }

    private List<AuditEvent> events(RecordKind type, Long id) {
        return audit.search(new AuditQuery(null, type.code(), String.valueOf(id), null, null), 0, 50)
                .getContent();
    }

    private AuditEvent onlyEvent(RecordKind type, Long id) {
        List<AuditEvent> events = events(type, id);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static void assertRefused(Runnable change, String field) {
        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Letters only, since a code may not hold digits. */
    static String uniqueCode() {
        StringBuilder code = new StringBuilder("TEST_");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
            code.append((char) ('A' + Character.digit(c, 16)));
        }
        return code.toString();
    }
}
