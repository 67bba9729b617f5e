package org.throughcare.treatment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface TreatmentEpisodeRepository extends JpaRepository<TreatmentEpisode, Long> {

    List<TreatmentEpisode> findByPersonIdOrderByStartedOnDescIdDesc(Long personId);

    boolean existsByReferralId(Long referralId);

    /** The team's open episodes, oldest first: its treatment caseload. */
    @Query(
            value = """
            select e from TreatmentEpisode e where e.teamId = :teamId and e.exitOn is null
            order by e.startedOn asc, e.id asc""",
            countQuery = "select count(*) from TreatmentEpisode e where e.teamId = :teamId and e.exitOn is null")
    Page<TreatmentEpisode> findOpen(@Param("teamId") Long teamId, Pageable pageable);
}
