package org.throughcare.order;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CourtRepository extends JpaRepository<Court, Long> {

    @Query(
            value = "select c from Court c order by c.active desc, c.name asc, c.id asc",
            countQuery = "select count(*) from Court c")
    Page<Court> findPage(Pageable page);

    List<Court> findByActiveTrueOrderByNameAsc();

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByNameIgnoreCase(String name);
}
