package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    @Query("select r from Referral r join fetch r.provider where r.id = :id")
    Optional<Referral> findWithProvider(@Param("id") Long id);

    @Query(
            "select r from Referral r join fetch r.provider where r.personId = :personId order by r.sentAt desc, r.id desc")
    List<Referral> findForPerson(@Param("personId") Long personId);

    /** The sending team's referrals that the receiving service has not answered yet. */
    @Query(value = """
                    select r from Referral r join fetch r.provider
                    where r.fromTeamId = :teamId and r.acknowledgedAt is null and r.closedAt is null""", countQuery = """
                    select count(*) from Referral r
                    where r.fromTeamId = :teamId and r.acknowledgedAt is null and r.closedAt is null""")
    Page<Referral> findOutgoingAwaiting(@Param("teamId") Long teamId, Pageable pageable);

    /** Referrals to a provider the team works, not yet acknowledged. */
    @Query(value = """
                    select r from Referral r join fetch r.provider
                    where r.toTeamId = :teamId and r.acknowledgedAt is null and r.closedAt is null""", countQuery = """
                    select count(*) from Referral r
                    where r.toTeamId = :teamId and r.acknowledgedAt is null and r.closedAt is null""")
    Page<Referral> findIncomingAwaiting(@Param("teamId") Long teamId, Pageable pageable);

    /** Referrals the team has acknowledged and is still working: not completed, not closed. */
    @Query(value = """
                    select r from Referral r join fetch r.provider
                    where r.toTeamId = :teamId and r.acknowledgedAt is not null
                      and r.completedAt is null and r.closedAt is null""", countQuery = """
                    select count(*) from Referral r
                    where r.toTeamId = :teamId and r.acknowledgedAt is not null
                      and r.completedAt is null and r.closedAt is null""")
    Page<Referral> findIncomingInProgress(@Param("teamId") Long teamId, Pageable pageable);

    @Query("select r from Referral r join fetch r.provider where r.screeningId = :screeningId order by r.sentAt, r.id")
    List<Referral> findFromScreening(@Param("screeningId") Long screeningId);

    @Query("select r from Referral r join fetch r.provider where r.toTeamId = :teamId and r.engagedAt is not null"
            + " order by r.engagedAt, r.id")
    List<Referral> findEngagedTo(@Param("teamId") Long teamId);
}
