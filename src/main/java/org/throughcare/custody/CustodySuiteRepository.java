package org.throughcare.custody;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface CustodySuiteRepository extends JpaRepository<CustodySuite, Long> {

    List<CustodySuite> findByForceIdOrderByName(Long forceId);

    List<CustodySuite> findAllByOrderByName();

    boolean existsByForceIdAndNameIgnoreCase(Long forceId, String name);

    boolean existsByForceIdAndNameIgnoreCaseAndIdNot(Long forceId, String name, Long id);

    /**
     * One page of suites in the order administrators read them: by police force area name, then suite name.
     * Native, because the force's name lives in the user module's {@code area} table (the foreign key's target).
     */
    @Query(
            value = "select s.* from custody_suite s join area a on a.id = s.force_id"
                    + " order by a.name, lower(s.name), s.id",
            countQuery = "select count(*) from custody_suite",
            nativeQuery = true)
    Page<CustodySuite> findPageByForceNameAndName(Pageable pageable);
}
