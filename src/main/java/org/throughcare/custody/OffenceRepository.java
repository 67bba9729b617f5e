package org.throughcare.custody;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface OffenceRepository extends JpaRepository<Offence, Long> {

    List<Offence> findByActiveTrueOrderByTriggerDescNameAsc();

    List<Offence> findByActiveTrueOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByHomeOfficeCodeAndIdNot(String homeOfficeCode, Long id);
}
