package org.throughcare.compliance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface ChecklistRepository extends JpaRepository<Checklist, Long> {

    /** Every revision of the order's checklist, newest first, without their barriers. */
    List<Checklist> findByOrderIdOrderByRevisionDesc(Long orderId);

    /** The latest revision with its barriers, in one statement. */
    @Query("""
            select c from Checklist c left join fetch c.barriers
            where c.orderId = :orderId
              and c.revision = (select max(l.revision) from Checklist l where l.orderId = :orderId)
            """)
    Optional<Checklist> findLatest(@Param("orderId") Long orderId);

    /** One revision with its barriers, in one statement (a fetch join: see OrderDrugTestRepository). */
    @Query("""
            select c from Checklist c left join fetch c.barriers
            where c.orderId = :orderId and c.revision = :revision
            """)
    Optional<Checklist> findByOrderIdAndRevision(@Param("orderId") Long orderId, @Param("revision") int revision);
}
