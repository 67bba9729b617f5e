package org.throughcare.treatment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface PrisonReleaseRepository extends JpaRepository<PrisonRelease, Long> {

    List<PrisonRelease> findByPersonIdOrderByReleasedOnDescIdDesc(Long personId);

    // A string query with its count, not a derived one: Spring Data builds a derived query and its count as new
    // criteria on every call, and Hibernate translated both to SQL again each time (5% of the probation home's CPU).
    /** The team's releases with no community treatment appointment yet, longest waiting first. */
    @Query(value = """
            select r from PrisonRelease r where r.teamId = :teamId and r.firstAppointmentOn is null
            order by r.releasedOn asc, r.id asc""", countQuery = """
            select count(r) from PrisonRelease r where r.teamId = :teamId and r.firstAppointmentOn is null""")
    Page<PrisonRelease> findNotYetSeen(@Param("teamId") Long teamId, Pageable pageable);
}
