package org.throughcare.treatment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TreatmentEpisodeRepository extends JpaRepository<TreatmentEpisode, Long> {

    List<TreatmentEpisode> findByPersonIdOrderByStartedOnDescIdDesc(Long personId);

    boolean existsByReferralId(Long referralId);

    /** The team's open episodes, oldest first: its treatment caseload. */
    Page<TreatmentEpisode> findByTeamIdAndExitOnIsNullOrderByStartedOnAscIdAsc(Long teamId, Pageable pageable);
}
