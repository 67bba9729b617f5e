package org.throughcare.user;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AreaRepository extends JpaRepository<Area, Long> {

    List<Area> findAllByOrderByKindAscNameAsc();

    java.util.Optional<Area> findByNameIgnoreCase(String name);
}
