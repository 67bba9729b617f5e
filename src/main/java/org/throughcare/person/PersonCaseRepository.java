package org.throughcare.person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PersonCaseRepository extends JpaRepository<PersonCase, Long> {

    List<PersonCase> findByPersonIdOrderByOpenedAtDesc(Long personId);

    @EntityGraph(attributePaths = "person")
    Optional<PersonCase> findWithPersonById(Long id);

    Optional<PersonCase> findByPersonIdAndTeamIdAndClosedAtIsNull(Long personId, Long teamId);

    @EntityGraph(attributePaths = "person")
    @Query("select c from PersonCase c where c.ownerId = :ownerId and c.closedAt is null")
    Page<PersonCase> findCaseload(@Param("ownerId") Long ownerId, Pageable pageable);

    /** Cases opened to gain access to someone another team recorded, by teams of an area, newest first. */
    @EntityGraph(attributePaths = "person")
    @Query("select c from PersonCase c where c.accessReason is not null and c.teamId in :teamIds")
    Page<PersonCase> findAccessOpenings(@Param("teamIds") Collection<Long> teamIds, Pageable pageable);
}
