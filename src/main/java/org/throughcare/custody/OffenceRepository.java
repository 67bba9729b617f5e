package org.throughcare.custody;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface OffenceRepository extends JpaRepository<Offence, Long> {

    List<Offence> findByActiveTrueOrderByTriggerDescNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByHomeOfficeCodeAndIdNot(String homeOfficeCode, Long id);
}
