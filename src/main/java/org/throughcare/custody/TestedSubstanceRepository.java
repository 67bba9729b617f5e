package org.throughcare.custody;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TestedSubstanceRepository extends JpaRepository<TestedSubstance, Long> {

    List<TestedSubstance> findByActiveTrueOrderByDisplayOrderAscNameAsc();

    boolean existsByCode(String code);
}
