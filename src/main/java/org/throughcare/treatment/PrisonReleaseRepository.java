package org.throughcare.treatment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface PrisonReleaseRepository extends JpaRepository<PrisonRelease, Long> {

    List<PrisonRelease> findByPersonIdOrderByReleasedOnDescIdDesc(Long personId);

    /** The team's releases with no community treatment appointment yet, longest waiting first. */
    @Query(value = """
            select r from PrisonRelease r where r.teamId = :teamId and r.firstAppointmentOn is null
            order by r.releasedOn asc, r.id asc""", countQuery = """
            select count(*) from PrisonRelease r where r.teamId = :teamId and r.firstAppointmentOn is null""")
    Page<PrisonRelease> findNotYetSeen(@Param("teamId") Long teamId, Pageable pageable);
}
