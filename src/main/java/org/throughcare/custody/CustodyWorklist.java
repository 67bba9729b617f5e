package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.common.UkTime;
import org.throughcare.user.SignedInUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The custody worker's worklist at the suites of their police force area: today's tests (by the time of the
 * test), samples at the lab, assessments due today or overdue, follow-ups to arrange, and failures the police
 * have not been told about. Filtered and counted in SQL.
 */
@Service
class CustodyWorklist {

    private final CustodyEventRepository events;
    private final RequiredAssessmentRepository assessments;
    private final WorklistAssessments waiting;
    private final DrugTestResultRepository results;
    private final CustodyProperties properties;
    private final Clock clock;

    CustodyWorklist(
            CustodyEventRepository events,
            RequiredAssessmentRepository assessments,
            WorklistAssessments waiting,
            DrugTestResultRepository results,
            CustodyProperties properties,
            Clock clock) {
        this.properties = properties;
        this.results = results;
        this.events = events;
        this.assessments = assessments;
        this.waiting = waiting;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<WorklistTest> testsToday(SignedInUser user, int page, int size) {
        LocalDate today = today();
        return events.findTestsAtForce(
                user.areaId(), startOf(today), startOf(today.plusDays(1)), PageRequest.of(page, size));
    }

    /** Appointments today or earlier that still have no outcome and were not cancelled. */
    @Transactional(readOnly = true)
    public Page<WorklistAssessment> assessmentsDue(SignedInUser user, int page, int size) {
        return waiting.awaitingOutcome(user.areaId(), startOf(today().plusDays(1)), page, size);
    }

    /**
     * Adults positive for a founding substance, still in custody (not released, within the detention limit),
     * with no initial assessment required yet: the requirement must be imposed before they leave.
     */
    @Transactional(readOnly = true)
    public Page<WorklistTest> positivesAwaitingDecision(SignedInUser user, int page, int size) {
        return events.findAwaitingDecision(
                user.areaId(),
                clock.instant().minus(java.time.Duration.ofHours(properties.maximumDetentionHours())),
                properties.minimumAgeForRequiredAssessment(),
                PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public Page<WorklistSample> samplesAtTheLab(SignedInUser user, int page, int size) {
        return results.findAtTheLab(user.areaId(), PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public Page<WorklistAssessment> followUpsToArrange(SignedInUser user, int page, int size) {
        return assessments.findFollowUpsToArrange(user.areaId(), PageRequest.of(page, size));
    }

    @Transactional(readOnly = true)
    public Page<WorklistAssessment> failuresAwaitingPolice(SignedInUser user, int page, int size) {
        return waiting.failuresAwaitingPolice(user.areaId(), page, size);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Instant startOf(LocalDate date) {
        return date.atStartOfDay(UkTime.ZONE).toInstant();
    }
}
