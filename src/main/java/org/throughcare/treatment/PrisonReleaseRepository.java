package org.throughcare.treatment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PrisonReleaseRepository extends JpaRepository<PrisonRelease, Long> {

    List<PrisonRelease> findByPersonIdOrderByReleasedOnDescIdDesc(Long personId);

    /** The team's releases with no community treatment appointment yet, longest waiting first. */
    Page<PrisonRelease> findByTeamIdAndFirstAppointmentOnIsNullOrderByReleasedOnAscIdAsc(
            Long teamId, Pageable pageable);
}
