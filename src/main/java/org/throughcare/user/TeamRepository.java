package org.throughcare.user;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface TeamRepository extends JpaRepository<Team, Long> {

    @EntityGraph(attributePaths = "area")
    @Query("select t from Team t")
    Page<Team> findAllWithArea(Pageable pageable);

    @EntityGraph(attributePaths = "area")
    @Query("select t from Team t where t.disabledAt is null order by t.name")
    List<Team> findActive();

    @EntityGraph(attributePaths = "area")
    java.util.Optional<Team> findWithAreaById(Long id);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    java.util.Optional<Team> findByNameIgnoreCase(String name);
}
