package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface LiaisonScreeningRepository extends JpaRepository<LiaisonScreening, Long> {

    List<LiaisonScreening> findByPersonIdOrderByScreenedAtDescIdDesc(Long personId);

    /** The team's screenings still in progress, longest waiting first. */
    Page<LiaisonScreening> findByTeamIdAndOutcomeIsNullOrderByScreenedAtAscIdAsc(Long teamId, Pageable pageable);
}
