package org.throughcare.custody;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface DrugTestResultRepository extends JpaRepository<DrugTestResult, Long> {

    /** The results of all the given events, in one query. */
    @Query("""
            select r from DrugTestResult r join fetch r.substance s
            where r.event.id in :eventIds order by s.displayOrder, s.name
            """)
    List<DrugTestResult> findForEvents(@Param("eventIds") Collection<Long> eventIds);

    @Query(
            "select r from DrugTestResult r join fetch r.substance join fetch r.event e join fetch e.suite where r.id = :id")
    Optional<DrugTestResult> findForAction(@Param("id") Long id);
}
