package org.throughcare.person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PersonCaseRepository extends JpaRepository<PersonCase, Long> {

    List<PersonCase> findByPersonIdOrderByOpenedAtDesc(Long personId);

    @Query("select c from PersonCase c join fetch c.person where c.id = :id")
    Optional<PersonCase> findWithPersonById(@Param("id") Long id);

    Optional<PersonCase> findByPersonIdAndTeamIdAndClosedAtIsNull(Long personId, Long teamId);

    @Query(
            value = "select c from PersonCase c join fetch c.person where c.ownerId = :ownerId and c.closedAt is null",
            countQuery = "select count(*) from PersonCase c where c.ownerId = :ownerId and c.closedAt is null")
    Page<PersonCase> findCaseload(@Param("ownerId") Long ownerId, Pageable pageable);

    /** Cases opened to gain access to someone another team recorded, by teams of an area, newest first. */
    @Query(
            value = "select c from PersonCase c join fetch c.person"
                    + " where c.accessReason is not null and c.teamId in :teamIds",
            countQuery = "select count(*) from PersonCase c where c.accessReason is not null and c.teamId in :teamIds")
    Page<PersonCase> findAccessOpenings(@Param("teamIds") Collection<Long> teamIds, Pageable pageable);
}
