package org.throughcare.order;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface OrderDecisionRepository extends JpaRepository<OrderDecision, Long> {

    List<OrderDecision> findByOrderIdOrderByDecidedOnAscIdAsc(Long orderId);

    /** The decisions on every order of the person, by a subquery rather than a list of order ids. */
    @Query("""
            select d from OrderDecision d
            where d.orderId in (select o.id from CourtOrder o where o.personId = :personId)
            order by d.decidedOn, d.id
            """)
    List<OrderDecision> findOfPerson(@Param("personId") Long personId);
}
