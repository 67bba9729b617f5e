package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface LiaisonScreeningRepository extends JpaRepository<LiaisonScreening, Long> {

    List<LiaisonScreening> findByPersonIdOrderByScreenedAtDescIdDesc(Long personId);

    /** The team's screenings still in progress, longest waiting first. */
    @Query(
            value = """
            select s from LiaisonScreening s where s.teamId = :teamId and s.outcome is null
            order by s.screenedAt asc, s.id asc""",
            countQuery = "select count(*) from LiaisonScreening s where s.teamId = :teamId and s.outcome is null")
    Page<LiaisonScreening> findInProgress(@Param("teamId") Long teamId, Pageable pageable);
}
