package org.throughcare.user;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface TeamRepository extends JpaRepository<Team, Long> {

    @Query(value = "select t from Team t join fetch t.area", countQuery = "select count(t) from Team t")
    Page<Team> findAllWithArea(Pageable pageable);

    @Query("select t from Team t join fetch t.area where t.disabledAt is null order by t.name")
    List<Team> findActive();

    @Query("select t from Team t join fetch t.area where t.id = :id")
    Optional<Team> findWithAreaById(@Param("id") Long id);

    @Query("select t.id from Team t where t.area.id = :areaId")
    List<Long> findIdsByAreaId(@Param("areaId") Long areaId);

    /**
     * Names only, for display. The ids go as an array ({@code = any(?)}) rather than a collection: Hibernate
     * cannot keep the SQL of a query with a collection parameter, so it translates it afresh on every call, and
     * binds the collection only after a failed coercion that throws and catches an exception (page profile).
     */
    @Query("""
            select new org.throughcare.user.UserDirectory$TeamSummary(t.id, t.name, a.id, a.name)
            from Team t join t.area a where array_contains(:ids, t.id)
            """)
    List<UserDirectory.TeamSummary> findSummaries(@Param("ids") Long[] ids);

    @Query("select a from Area a where a.kind = org.throughcare.user.AreaKind.POLICE_FORCE_AREA order by a.name")
    List<Area> findForceAreas();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    Optional<Team> findByNameIgnoreCase(String name);
}
