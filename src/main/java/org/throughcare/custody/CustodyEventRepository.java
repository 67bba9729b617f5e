package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface CustodyEventRepository extends JpaRepository<CustodyEvent, Long> {

    @Query("""
            select distinct e from CustodyEvent e join fetch e.suite left join fetch e.offences
            where e.personId = :personId order by e.arrestedAt desc
            """)
    List<CustodyEvent> findHistory(@Param("personId") Long personId);

    @Query("select e from CustodyEvent e join fetch e.suite left join fetch e.offences where e.id = :id")
    Optional<CustodyEvent> findForPage(@Param("id") Long id);

    /**
     * Tests at a force's suites in a period by the time of the test (the sample, or the arrest when there was
     * none), newest first, with the number of positive results.
     */
    @Query(value = """
            select new org.throughcare.custody.WorklistTest(e.id, e.personId, coalesce(e.sampleTakenAt, e.arrestedAt),
                s.name, e.outcome,
                (select count(r) from DrugTestResult r where r.event = e
                   and coalesce(r.confirmedResult, r.result) = org.throughcare.custody.TestResult.POSITIVE))
            from CustodyEvent e join e.suite s
            where s.forceId = :forceId and e.voidedAt is null
              and coalesce(e.sampleTakenAt, e.arrestedAt) >= :from and coalesce(e.sampleTakenAt, e.arrestedAt) < :to
            order by coalesce(e.sampleTakenAt, e.arrestedAt) desc, e.id desc
            """, countQuery = """
            select count(*) from CustodyEvent e join e.suite s
            where s.forceId = :forceId and e.voidedAt is null
              and coalesce(e.sampleTakenAt, e.arrestedAt) >= :from and coalesce(e.sampleTakenAt, e.arrestedAt) < :to
            """)
    Page<WorklistTest> findTestsAtForce(
            @Param("forceId") Long forceId, @Param("from") Instant from, @Param("to") Instant to, Pageable pageable);

    /**
     * Adults' positives for a founding substance, still in custody (not released, tested since {@code since}),
     * with no initial assessment required yet: a decision on a required assessment is due. Oldest first.
     */
    @Query(value = """
            select new org.throughcare.custody.WorklistTest(e.id, e.personId, coalesce(e.sampleTakenAt, e.arrestedAt),
                s.name, e.outcome,
                (select count(r) from DrugTestResult r where r.event = e
                   and coalesce(r.confirmedResult, r.result) = org.throughcare.custody.TestResult.POSITIVE))
            from CustodyEvent e join e.suite s
            where s.forceId = :forceId and e.voidedAt is null and e.releasedAt is null
              and coalesce(e.sampleTakenAt, e.arrestedAt) >= :since
              and (e.ageOnArrest is null or e.ageOnArrest >= :adultAge)
              and e.requiredAssessmentInForce = true
              and exists (select r.id from DrugTestResult r join r.substance t where r.event = e
                   and coalesce(r.confirmedResult, r.result) = org.throughcare.custody.TestResult.POSITIVE
                   and t.foundsRequiredAssessment = true)
              and not exists (select a.id from RequiredAssessment a where a.event = e
                   and a.kind = org.throughcare.custody.AssessmentKind.INITIAL)
            order by coalesce(e.sampleTakenAt, e.arrestedAt), e.id
            """, countQuery = """
            select count(*) from CustodyEvent e join e.suite s
            where s.forceId = :forceId and e.voidedAt is null and e.releasedAt is null
              and coalesce(e.sampleTakenAt, e.arrestedAt) >= :since
              and (e.ageOnArrest is null or e.ageOnArrest >= :adultAge)
              and e.requiredAssessmentInForce = true
              and exists (select r.id from DrugTestResult r join r.substance t where r.event = e
                   and coalesce(r.confirmedResult, r.result) = org.throughcare.custody.TestResult.POSITIVE
                   and t.foundsRequiredAssessment = true)
              and not exists (select a.id from RequiredAssessment a where a.event = e
                   and a.kind = org.throughcare.custody.AssessmentKind.INITIAL)
            """)
    Page<WorklistTest> findAwaitingDecision(
            @Param("forceId") Long forceId,
            @Param("since") Instant since,
            @Param("adultAge") int adultAge,
            Pageable pageable);
}
