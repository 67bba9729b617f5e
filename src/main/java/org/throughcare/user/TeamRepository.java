package org.throughcare.user;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface TeamRepository extends JpaRepository<Team, Long> {

    @Query(value = "select t from Team t join fetch t.area", countQuery = "select count(*) from Team t")
    Page<Team> findAllWithArea(Pageable pageable);

    @Query("select t from Team t join fetch t.area where t.disabledAt is null order by t.name")
    List<Team> findActive();

    @Query("select t from Team t join fetch t.area where t.id = :id")
    Optional<Team> findWithAreaById(@Param("id") Long id);

    @Query("select t.id from Team t where t.area.id = :areaId")
    List<Long> findIdsByAreaId(@Param("areaId") Long areaId);

    @Query("select a from Area a where a.kind = org.throughcare.user.AreaKind.POLICE_FORCE_AREA order by a.name")
    List<Area> findForceAreas();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    Optional<Team> findByNameIgnoreCase(String name);
}
