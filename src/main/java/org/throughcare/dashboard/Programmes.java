package org.throughcare.dashboard;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Local programmes: a manager describes those of their own area, with partners and a self-assessment against the
 * success factors; an administrator reads every area's. Every change is audited in its transaction.
 */
@Service
class Programmes {

    static final RecordKind PROGRAMME = RecordKind.of("Programme");
    static final RecordKind PARTNER = RecordKind.of("ProgrammePartner");
    static final RecordKind SELF_ASSESSMENT = RecordKind.of("ProgrammeSelfAssessment");

    private final ProgrammeRepository programmes;
    private final ProgrammePartnerRepository partners;
    private final ProgrammeSelfAssessmentRepository assessments;
    private final DashboardScope scope;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Clock clock;

    Programmes(
            ProgrammeRepository programmes,
            ProgrammePartnerRepository partners,
            ProgrammeSelfAssessmentRepository assessments,
            DashboardScope scope,
            AuditService audit,
            EntitySnapshots snapshots,
            Clock clock) {
        this.programmes = programmes;
        this.partners = partners;
        this.assessments = assessments;
        this.scope = scope;
        this.audit = audit;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** One line of the list of programmes: how many success factors it rates as in place, and the next review. */
    record Listed(Programme programme, long inPlace, LocalDate nextReview) {}

    /** The programmes the user may read, by name: a manager's area's, or every area's for an administrator. */
    @Transactional(readOnly = true)
    Page<Listed> list(SignedInUser user, int page, int size) {
        Page<Programme> found =
                programmes.findInArea(user.role() == Role.ADMIN ? null : user.areaId(), PageRequest.of(page, size));
        Map<Long, List<ProgrammeSelfAssessment>> byProgramme =
                assessments.findByProgrammeIdIn(found.map(Programme::getId).toList()).stream()
                        .collect(Collectors.groupingBy(ProgrammeSelfAssessment::programmeId));
        return found.map(p -> {
            List<ProgrammeSelfAssessment> own = byProgramme.getOrDefault(p.getId(), List.of());
            return new Listed(
                    p,
                    own.stream()
                            .filter(a -> a.getRating() == FactorRating.IN_PLACE)
                            .count(),
                    own.stream()
                            .map(ProgrammeSelfAssessment::getReviewOn)
                            .min(LocalDate::compareTo)
                            .orElse(null));
        });
    }

    /** A programme the user may read; refused outside a manager's own area. */
    @Transactional(readOnly = true)
    Programme programme(Long id, SignedInUser user) {
        Programme programme = programmes.findById(id).orElseThrow(() -> new RecordNotFoundException(PROGRAMME, id));
        if (user.role() != Role.ADMIN && !programme.getAreaId().equals(user.areaId())) {
            throw new AccessDeniedException("Programme " + id + " is not in the area of " + user.username());
        }
        return programme;
    }

    /** Whether the user may change the programme: its own area's manager. */
    boolean canChange(Programme programme, SignedInUser user) {
        return user.role() == Role.MANAGER && programme.getAreaId().equals(user.areaId());
    }

    /** A programme with its partners and self-assessment, for its page: one access check, one transaction. */
    record Described(
            Programme programme,
            List<ProgrammePartner> partners,
            Map<SuccessFactor, ProgrammeSelfAssessment> assessments) {}

    @Transactional(readOnly = true)
    Described described(Long id, SignedInUser user) {
        Programme programme = programme(id, user);
        return new Described(programme, partnersOf(id), assessmentsOf(id));
    }

    @Transactional(readOnly = true)
    List<ProgrammePartner> partners(Long id, SignedInUser user) {
        programme(id, user);
        return partnersOf(id);
    }

    /** The latest self-assessment of each factor assessed so far. */
    @Transactional(readOnly = true)
    Map<SuccessFactor, ProgrammeSelfAssessment> assessments(Long id, SignedInUser user) {
        programme(id, user);
        return assessmentsOf(id);
    }

    private List<ProgrammePartner> partnersOf(Long id) {
        return partners.findByProgrammeIdOrderByAgencyAscIdAsc(id);
    }

    private Map<SuccessFactor, ProgrammeSelfAssessment> assessmentsOf(Long id) {
        Map<SuccessFactor, ProgrammeSelfAssessment> byFactor = new EnumMap<>(SuccessFactor.class);
        assessments.findByProgrammeId(id).forEach(a -> byFactor.put(a.getFactor(), a));
        return byFactor;
    }

    /** Describes a new programme of the manager's own area. */
    @Transactional
    Programme create(ProgrammeDetails details, SignedInUser user) {
        requireManager(user);
        check(null, user.areaId(), details, user);
        Programme programme = programmes.save(new Programme(user.areaId(), details));
        audit.record(
                AuditAction.CREATE,
                PROGRAMME,
                programme.getId(),
                "Programme " + details.name(),
                snapshots.of(programme).asCreated());
        return programme;
    }

    /** Changes a programme's description, refused when someone saved it after {@code version}. */
    @Transactional
    void update(Long id, ProgrammeDetails details, long version, SignedInUser user) {
        Programme programme = changeable(id, user);
        RuleViolationException.checkVersion(programme.getVersion(), version, "programme");
        check(id, programme.getAreaId(), details, user);
        var before = snapshots.of(programme);
        programme.describe(details);
        programmes.flush();
        audit.record(
                AuditAction.UPDATE,
                PROGRAMME,
                id,
                "Programme " + details.name(),
                before.changesTo(snapshots.of(programme)));
    }

    @Transactional
    ProgrammePartner addPartner(
            Long id,
            String agency,
            PartnerSector sector,
            String responsibilities,
            String training,
            LocalDate trainedOn,
            SignedInUser user) {
        Programme programme = changeable(id, user);
        RuleViolations.throwIfAny(
                ProgrammeRules.checkPartner(agency, sector, responsibilities, training, trainedOn, today()));
        ProgrammePartner partner = partners.save(
                new ProgrammePartner(id, agency.trim(), sector, responsibilities.trim(), trimmed(training), trainedOn));
        audit.record(
                AuditAction.CREATE,
                PARTNER,
                partner.getId(),
                partner.getAgency() + " as a partner of " + programme.getName(),
                snapshots.of(partner).asCreated());
        return partner;
    }

    /** A partner of the programme, for the manager who may remove it. */
    @Transactional(readOnly = true)
    ProgrammePartner partnerToRemove(Long id, Long partnerId, SignedInUser user) {
        changeable(id, user);
        return partnerOf(id, partnerId);
    }

    @Transactional
    String removePartner(Long id, Long partnerId, SignedInUser user) {
        Programme programme = changeable(id, user);
        ProgrammePartner partner = partnerOf(id, partnerId);
        partners.delete(partner);
        audit.record(
                AuditAction.DELETE,
                PARTNER,
                partnerId,
                partner.getAgency() + " removed as a partner of " + programme.getName());
        return partner.getAgency();
    }

    /** Records the programme's rating of itself against one factor, replacing the last one (kept in the audit). */
    @Transactional
    void assess(
            Long id,
            SuccessFactor factor,
            FactorRating rating,
            String evidence,
            LocalDate reviewOn,
            SignedInUser user) {
        Programme programme = changeable(id, user);
        RuleViolations.throwIfAny(ProgrammeRules.checkAssessment(rating, evidence, reviewOn, today()));
        ProgrammeSelfAssessment assessment = assessments
                .findByProgrammeIdAndFactor(id, factor)
                .orElseGet(() -> new ProgrammeSelfAssessment(id, factor));
        boolean first = assessment.getRating() == null;
        assessment.assess(rating, evidence.trim(), reviewOn, Instant.now(clock), user.username());
        assessment = assessments.saveAndFlush(assessment);
        audit.record(
                first ? AuditAction.CREATE : AuditAction.UPDATE,
                SELF_ASSESSMENT,
                assessment.getId(),
                programme.getName() + ", " + factor.label() + ": " + rating.label() + ", review by "
                        + Formats.ukDate(reviewOn));
    }

    private void check(Long id, Long areaId, ProgrammeDetails details, SignedInUser user) {
        Set<Long> areaTeams = scope.teams(user).stream()
                .filter(t -> t.areaId().equals(areaId))
                .map(DashboardScope.TeamRow::teamId)
                .collect(Collectors.toSet());
        List<RuleViolationException> problems = new ArrayList<>(ProgrammeRules.check(details, areaTeams));
        if (details.name() != null && !details.name().isBlank() && programmes.nameTaken(areaId, details.name(), id)) {
            problems.add(new RuleViolationException("name", "Your area already has a programme with this name"));
        }
        RuleViolations.throwIfAny(problems);
    }

    private ProgrammePartner partnerOf(Long id, Long partnerId) {
        return partners.findById(partnerId)
                .filter(p -> p.getProgrammeId().equals(id))
                .orElseThrow(() -> new RecordNotFoundException(PARTNER, partnerId));
    }

    private Programme changeable(Long id, SignedInUser user) {
        requireManager(user);
        return programme(id, user);
    }

    private static void requireManager(SignedInUser user) {
        if (user.role() != Role.MANAGER) {
            throw new AccessDeniedException("Only a manager of the area may change its programmes");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
