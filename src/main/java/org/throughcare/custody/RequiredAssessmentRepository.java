package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface RequiredAssessmentRepository extends JpaRepository<RequiredAssessment, Long> {

    /** The assessments of all of a person's events, in one query (by the person: see DrugTestResultRepository). */
    @Query("select a from RequiredAssessment a where a.event.personId = :personId order by a.id")
    List<RequiredAssessment> findForPerson(@Param("personId") Long personId);

    @Query("select a from RequiredAssessment a where a.event.id = :eventId order by a.id")
    List<RequiredAssessment> findForEvent(@Param("eventId") Long eventId);

    @Query("select a from RequiredAssessment a join fetch a.event e join fetch e.suite where a.id = :id")
    Optional<RequiredAssessment> findForAction(@Param("id") Long id);

    /**
     * How many booked appointments before {@code before} still await an outcome at a force's suites (the list is
     * {@link WorklistAssessments}). The suite is read from the assessment (V58), so only the force's waiting rows are
     * read.
     */
    @Query("""
            select count(*) from RequiredAssessment a join a.suite s
            where s.forceId = :forceId and a.outcome is null and a.cancelledAt is null and a.endedAt is null
              and a.appointmentAt is not null and a.appointmentAt < :before
            """)
    long countAwaitingOutcome(@Param("forceId") Long forceId, @Param("before") Instant before);

    /**
     * Initial assessments attended at a force's suites with no follow-up booked or cancelled yet: the
     * follow-up's notice is still to be recorded, or its cancellation. Oldest first. Whether the follow-up is
     * recorded is kept on the initial assessment (V57), so only those still waiting are read.
     */
    @Query(value = """
            select new org.throughcare.custody.WorklistAssessment(a.id, e.id, e.personId, a.kind, a.appointmentAt,
                a.place, s.name, a.outcome, a.outcomeRecordedAt)
            from RequiredAssessment a join a.event e join e.suite s
            where s.forceId = :forceId and a.kind = INITIAL and a.outcome = ATTENDED_AND_REMAINED and e.voidedAt is null
              and a.followUpRecorded = false
            order by a.outcomeRecordedAt, a.id
            """, countQuery = """
            select count(*) from RequiredAssessment a join a.event e join e.suite s
            where s.forceId = :forceId and a.kind = INITIAL and a.outcome = ATTENDED_AND_REMAINED and e.voidedAt is null
              and a.followUpRecorded = false
            """)
    Page<WorklistAssessment> findFollowUpsToArrange(@Param("forceId") Long forceId, Pageable pageable);

    /**
     * How many failures to attend or remain ({@link AssessmentOutcome#failure()}) at a force's suites the police have
     * not been told about, leaving out voided tests (the list is {@link WorklistAssessments}). The outcomes are
     * written out rather than bound as a collection, whose query Hibernate would translate afresh on every call.
     */
    @Query("""
            select count(*) from RequiredAssessment a join a.suite s
            where s.forceId = :forceId and a.outcome in (FAILED_TO_ATTEND, DID_NOT_REMAIN) and a.policeNotifiedAt is null
              and not exists (select v.id from CustodyEvent v where v.id = a.event.id and v.voidedAt is not null)
            """)
    long countFailuresAwaitingPolice(@Param("forceId") Long forceId);
}
