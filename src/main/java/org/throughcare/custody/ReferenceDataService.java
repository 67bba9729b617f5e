package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditChange;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.EntitySnapshots.Snapshot;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.user.UserDirectory;
import org.throughcare.user.UserDirectory.AreaSummary;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Administration of the custody reference data: custody suites and their drug-testing period, offences
 * (trigger or not) and the substances a test reports on. Every change is audited in its own transaction;
 * offences and substances are never deleted, only retired, because past records point at them.
 */
@Service
class ReferenceDataService {

    static final RecordKind SUITE = RecordKind.of("CustodySuite");
    static final RecordKind OFFENCE = RecordKind.of("Offence");
    static final RecordKind SUBSTANCE = RecordKind.of("TestedSubstance");

    /** What an administrator enters for a custody suite; {@code version} is the one the form was opened at. */
    public record SuiteDetails(
            Long forceId, String name, LocalDate testingLiveFrom, LocalDate testingEndedOn, long version) {}

    public record OffenceDetails(String name, boolean trigger, boolean active, long version) {}

    /**
     * {@code code} is only read when the substance is created; it never changes afterwards. An empty
     * {@code testedFrom} on a new substance means from today, so tests recorded before it never need it.
     */
    public record SubstanceDetails(
            String code,
            String name,
            boolean active,
            int displayOrder,
            boolean foundsRequiredAssessment,
            LocalDate testedFrom,
            long version) {}

    private final CustodySuiteRepository suites;
    private final OffenceRepository offences;
    private final TestedSubstanceRepository substances;
    private final UserDirectory directory;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Formats formats;
    private final Clock clock;

    ReferenceDataService(
            CustodySuiteRepository suites,
            OffenceRepository offences,
            TestedSubstanceRepository substances,
            UserDirectory directory,
            AuditService audit,
            EntitySnapshots snapshots,
            Formats formats,
            Clock clock) {
        this.clock = clock;
        this.suites = suites;
        this.offences = offences;
        this.substances = substances;
        this.directory = directory;
        this.audit = audit;
        this.snapshots = snapshots;
        this.formats = formats;
    }

    // ---- Custody suites ----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<CustodySuite> suites(int page, int size) {
        return suites.findPageByForceNameAndName(PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public CustodySuite suite(Long id) {
        return suites.findById(id).orElseThrow(() -> new RecordNotFoundException(SUITE, id));
    }

    /** Police force areas by name, keyed by id, for the select and for showing a suite's force. */
    @Transactional(readOnly = true)
    public Map<Long, String> policeForceAreas() {
        return directory.policeForceAreas().stream()
                .collect(Collectors.toMap(AreaSummary::id, AreaSummary::name, (a, b) -> a, LinkedHashMap::new));
    }

    @Transactional
    public CustodySuite createSuite(SuiteDetails details) {
        String name = details.name().trim();
        String force = forceName(details.forceId());
        if (suites.existsByForceIdAndNameIgnoreCase(details.forceId(), name)) {
            throw duplicateSuite(name, force);
        }
        checkTestingPeriod(details);
        CustodySuite suite = suites.save(
                new CustodySuite(details.forceId(), name, details.testingLiveFrom(), details.testingEndedOn()));
        audit.record(
                AuditAction.CREATE,
                SUITE,
                suite.getId(),
                "Created custody suite " + name + " in " + force + ", testing "
                        + period(suite.getTestingLiveFrom(), suite.getTestingEndedOn()),
                snapshots.of(suite).asCreated());
        return suite;
    }

    @Transactional
    public CustodySuite updateSuite(Long id, SuiteDetails details) {
        CustodySuite suite = suite(id);
        checkVersion(suite.getVersion(), details.version(), "custody suite");
        String name = details.name().trim();
        String force = forceName(details.forceId());
        if (suites.existsByForceIdAndNameIgnoreCaseAndIdNot(details.forceId(), name, id)) {
            throw duplicateSuite(name, force);
        }
        checkTestingPeriod(details);
        Snapshot before = snapshots.of(suite);
        suite.change(details.forceId(), name, details.testingLiveFrom(), details.testingEndedOn());
        List<AuditChange> changes = before.changesTo(snapshots.of(suite));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, SUITE, id, "Changed custody suite " + name + " (" + force + ")", changes);
        }
        return suite;
    }

    private static void checkTestingPeriod(SuiteDetails details) {
        if (details.testingEndedOn() == null) {
            return;
        }
        if (details.testingLiveFrom() == null) {
            throw new RuleViolationException(
                    "testingEndedOn", "Enter the date testing went live, or leave the date testing ended empty");
        }
        if (!details.testingEndedOn().isAfter(details.testingLiveFrom())) {
            throw new RuleViolationException(
                    "testingEndedOn", "The date testing ended must be after the date testing went live");
        }
    }

    private String forceName(Long forceId) {
        String name = forceId == null ? null : policeForceAreas().get(forceId);
        if (name == null) {
            throw new RuleViolationException("forceId", "Select a police force area");
        }
        return name;
    }

    private static RuleViolationException duplicateSuite(String name, String force) {
        return new RuleViolationException("name", "A custody suite called " + name + " already exists in " + force);
    }

    private String period(LocalDate liveFrom, LocalDate endedOn) {
        if (liveFrom == null) {
            return "not live";
        }
        return "live from " + formats.date(liveFrom) + (endedOn == null ? "" : ", ended on " + formats.date(endedOn));
    }

    private String date(LocalDate date) {
        return date == null ? "none" : formats.date(date);
    }

    // ---- Offences ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<Offence> offences(int page, int size) {
        return offences.findAll(PageRequest.of(
                page,
                size,
                Sort.by(Sort.Order.desc("trigger"), Sort.Order.asc("name").ignoreCase(), Sort.Order.asc("id"))));
    }

    @Transactional(readOnly = true)
    public Offence offence(Long id) {
        return offences.findById(id).orElseThrow(() -> new RecordNotFoundException(OFFENCE, id));
    }

    @Transactional
    public Offence createOffence(OffenceDetails details) {
        String name = details.name().trim();
        if (offences.existsByNameIgnoreCase(name)) {
            throw duplicateOffence(name);
        }
        Offence offence = new Offence(name, details.trigger());
        offence.change(name, details.trigger(), details.active());
        offence = offences.save(offence);
        audit.record(
                AuditAction.CREATE,
                OFFENCE,
                offence.getId(),
                "Created offence " + name,
                snapshots.of(offence).asCreated());
        return offence;
    }

    @Transactional
    public Offence updateOffence(Long id, OffenceDetails details) {
        Offence offence = offence(id);
        checkVersion(offence.getVersion(), details.version(), "offence");
        String name = details.name().trim();
        if (offences.existsByNameIgnoreCaseAndIdNot(name, id)) {
            throw duplicateOffence(name);
        }
        Snapshot before = snapshots.of(offence);
        offence.change(name, details.trigger(), details.active());
        List<AuditChange> changes = before.changesTo(snapshots.of(offence));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, OFFENCE, id, "Changed offence " + name, changes);
        }
        return offence;
    }

    private static RuleViolationException duplicateOffence(String name) {
        return new RuleViolationException("name", "An offence called " + name + " already exists");
    }

    private static String trigger(boolean trigger) {
        return trigger ? "trigger offence" : "not a trigger";
    }

    // ---- Tested substances -------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<TestedSubstance> substances(int page, int size) {
        return substances.findAll(PageRequest.of(
                page,
                size,
                Sort.by(Sort.Order.asc("displayOrder"), Sort.Order.asc("name").ignoreCase(), Sort.Order.asc("id"))));
    }

    @Transactional(readOnly = true)
    public TestedSubstance substance(Long id) {
        return substances.findById(id).orElseThrow(() -> new RecordNotFoundException(SUBSTANCE, id));
    }

    @Transactional
    public TestedSubstance createSubstance(SubstanceDetails details) {
        String code = details.code() == null ? "" : details.code().trim().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z][A-Z_]{0,29}")) {
            throw new RuleViolationException(
                    "code", "Code must start with a letter and only include letters and underscores");
        }
        if (substances.existsByCode(code)) {
            throw new RuleViolationException("code", "A substance with the code " + code + " already exists");
        }
        String name = details.name().trim();
        TestedSubstance substance = new TestedSubstance(code, name, details.displayOrder());
        substance.change(name, details.active(), details.displayOrder());
        substance.changeLaw(
                details.foundsRequiredAssessment(),
                details.testedFrom() == null ? LocalDate.now(clock) : details.testedFrom());
        substance = substances.save(substance);
        audit.record(
                AuditAction.CREATE,
                SUBSTANCE,
                substance.getId(),
                "Created tested substance " + code + " (" + name + ")",
                snapshots.of(substance).asCreated());
        return substance;
    }

    @Transactional
    public TestedSubstance updateSubstance(Long id, SubstanceDetails details) {
        TestedSubstance substance = substance(id);
        checkVersion(substance.getVersion(), details.version(), "substance");
        String name = details.name().trim();
        Snapshot before = snapshots.of(substance);
        substance.change(name, details.active(), details.displayOrder());
        substance.changeLaw(details.foundsRequiredAssessment(), details.testedFrom());
        List<AuditChange> changes = before.changesTo(snapshots.of(substance));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, SUBSTANCE, id, "Changed tested substance " + substance.getCode(), changes);
        }
        return substance;
    }

    // ---- Shared ------------------------------------------------------------------------------------------------

    private static void checkVersion(long current, long submitted, String what) {
        if (current != submitted) {
            throw new RuleViolationException(
                    null,
                    "Someone else changed this " + what
                            + " while you were editing, so your changes have not been saved. Go back to the list and open it"
                            + " again to see the latest details");
        }
    }

    /** "name: A → B; status: active → retired", listing only what changed. */
}
