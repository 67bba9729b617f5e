package org.throughcare.order;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CourtRepository extends JpaRepository<Court, Long> {

    Page<Court> findAllByOrderByActiveDescNameAsc(Pageable page);

    List<Court> findByActiveTrueOrderByNameAsc();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByNameIgnoreCase(String name);
}
