package org.throughcare.user;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AreaRepository extends JpaRepository<Area, Long> {

    List<Area> findAllByOrderByKindAscNameAsc();

    Optional<Area> findByNameIgnoreCase(String name);
}
