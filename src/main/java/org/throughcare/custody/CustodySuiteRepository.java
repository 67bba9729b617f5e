package org.throughcare.custody;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CustodySuiteRepository extends JpaRepository<CustodySuite, Long> {

    List<CustodySuite> findByForceIdOrderByName(Long forceId);

    List<CustodySuite> findAllByOrderByName();

    boolean existsByForceIdAndNameIgnoreCase(Long forceId, String name);

    boolean existsByForceIdAndNameIgnoreCaseAndIdNot(Long forceId, String name, Long id);
}
