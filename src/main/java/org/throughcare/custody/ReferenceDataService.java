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

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Administration of the custody reference data: custody suites (their notification conditions are
 * {@link NotificationConditions}'), offences
 * (trigger or not) and the substances a test reports on. Every change is audited in its own transaction;
 * offences and substances are never deleted, only retired, because past records point at them.
 */
@Service
class ReferenceDataService {

    static final RecordKind SUITE = RecordKind.of("CustodySuite");
    static final RecordKind OFFENCE = RecordKind.of("Offence");
    static final RecordKind SUBSTANCE = RecordKind.of("TestedSubstance");

    /** What an administrator enters for a custody suite; {@code version} is the one the form was opened at. */
    public record SuiteDetails(Long forceId, String name, long version) {}

    /** {@code homeOfficeCode} is optional: the Home Office offence classification code, e.g. 46 or 34B. */
    public record OffenceDetails(String name, String homeOfficeCode, boolean trigger, boolean active, long version) {}

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
    private final Clock clock;

    ReferenceDataService(
            CustodySuiteRepository suites,
            OffenceRepository offences,
            TestedSubstanceRepository substances,
            UserDirectory directory,
            AuditService audit,
            EntitySnapshots snapshots,
            Clock clock) {
        this.clock = clock;
        this.suites = suites;
        this.offences = offences;
        this.substances = substances;
        this.directory = directory;
        this.audit = audit;
        this.snapshots = snapshots;
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
        CustodySuite suite = suites.save(new CustodySuite(details.forceId(), name));
        audit.record(
                AuditAction.CREATE,
                SUITE,
                suite.getId(),
                "Created custody suite " + name + " in " + force + ", with no notification in force yet",
                snapshots.of(suite).asCreated());
        return suite;
    }

    @Transactional
    public CustodySuite updateSuite(Long id, SuiteDetails details) {
        CustodySuite suite = suite(id);
        RuleViolationException.checkVersion(suite.getVersion(), details.version(), "custody suite");
        String name = details.name().trim();
        String force = forceName(details.forceId());
        if (suites.existsByForceIdAndNameIgnoreCaseAndIdNot(details.forceId(), name, id)) {
            throw duplicateSuite(name, force);
        }
        Snapshot before = snapshots.of(suite);
        suite.change(details.forceId(), name);
        List<AuditChange> changes = before.changesTo(snapshots.of(suite));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, SUITE, id, "Changed custody suite " + name + " (" + force + ")", changes);
        }
        return suite;
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
        String code = homeOfficeCode(details, null);
        Offence offence = new Offence(name, details.trigger());
        offence.change(name, code, details.trigger(), details.active());
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
        RuleViolationException.checkVersion(offence.getVersion(), details.version(), "offence");
        String name = details.name().trim();
        if (offences.existsByNameIgnoreCaseAndIdNot(name, id)) {
            throw duplicateOffence(name);
        }
        String code = homeOfficeCode(details, id);
        Snapshot before = snapshots.of(offence);
        offence.change(name, code, details.trigger(), details.active());
        List<AuditChange> changes = before.changesTo(snapshots.of(offence));
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, OFFENCE, id, "Changed offence " + name, changes);
        }
        return offence;
    }

    /** The code in capitals, or null; one offence per code. */
    private String homeOfficeCode(OffenceDetails details, Long exceptId) {
        String code =
                details.homeOfficeCode() == null || details.homeOfficeCode().isBlank()
                        ? null
                        : details.homeOfficeCode().trim().toUpperCase(Locale.UK);
        if (code != null && offences.existsByHomeOfficeCodeAndIdNot(code, exceptId == null ? -1L : exceptId)) {
            throw new RuleViolationException("homeOfficeCode", "Another offence already has Home Office code " + code);
        }
        return code;
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
        RuleViolationException.checkVersion(substance.getVersion(), details.version(), "substance");
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

    /** "name: A → B; status: active → retired", listing only what changed. */
}
