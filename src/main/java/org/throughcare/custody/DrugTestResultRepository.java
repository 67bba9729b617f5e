package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface DrugTestResultRepository extends JpaRepository<DrugTestResult, Long> {

    /**
     * The results of all of a person's events, in one query. By the person rather than by a list of event ids:
     * Hibernate cannot keep the SQL of a query with a collection parameter, and translated this one afresh on
     * every person page (see docs/performance.md).
     */
    @Query("""
            select r from DrugTestResult r join fetch r.substance s
            where r.event.personId = :personId order by s.displayOrder, s.name
            """)
    List<DrugTestResult> findForPerson(@Param("personId") Long personId);

    @Query("""
            select r from DrugTestResult r join fetch r.substance s
            where r.event.id = :eventId order by s.displayOrder, s.name
            """)
    List<DrugTestResult> findForEvent(@Param("eventId") Long eventId);

    /**
     * Disputed samples at a force's suites the lab has not answered yet, longest waiting first: the few rows of the
     * partial index on {@code at_the_lab} (V59), each event read by its key.
     */
    @Query(value = """
            select new org.throughcare.custody.WorklistSample(r.id, e.id, e.personId, t.name, r.disputedAt, s.name)
            from DrugTestResult r join r.event e join e.suite s join r.substance t
            where s.forceId = :forceId and r.atTheLab = true and e.voidedAt is null
            order by r.disputedAt, r.id
            """, countQuery = """
            select count(*) from DrugTestResult r join r.event e join e.suite s
            where s.forceId = :forceId and r.atTheLab = true and e.voidedAt is null
            """)
    Page<WorklistSample> findAtTheLab(@Param("forceId") Long forceId, Pageable pageable);

    @Query(
            "select r from DrugTestResult r join fetch r.substance join fetch r.event e join fetch e.suite where r.id = :id")
    Optional<DrugTestResult> findForAction(@Param("id") Long id);
}
