package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderRepository extends JpaRepository<Provider, Long> {

    Page<Provider> findAllByOrderByActiveDescNameAsc(Pageable pageable);

    java.util.List<Provider> findByActiveTrueOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    /** Names only, for display. An array, not a collection: see {@code TeamRepository} (docs/performance.md). */
    @org.springframework.data.jpa.repository.Query("""
            select new org.throughcare.referral.ReferralDirectory$ProviderName(p.id, p.name)
            from Provider p where array_contains(:ids, p.id)
            """)
    java.util.List<ReferralDirectory.ProviderName> findNames(
            @org.springframework.data.repository.query.Param("ids") Long[] ids);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
