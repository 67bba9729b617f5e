package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    @Query(
            value = "select p from Provider p order by p.active desc, p.name asc, p.id asc",
            countQuery = "select count(*) from Provider p")
    Page<Provider> findPage(Pageable pageable);

    java.util.List<Provider> findByActiveTrueOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
