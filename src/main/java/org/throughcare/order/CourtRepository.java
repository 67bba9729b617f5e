package org.throughcare.order;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CourtRepository extends JpaRepository<Court, Long> {

    List<Court> findAllByOrderByNameAsc();

    List<Court> findByActiveTrueOrderByNameAsc();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByNameIgnoreCase(String name);
}
