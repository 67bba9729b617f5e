package org.throughcare.order;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface OrderRequirementRepository extends JpaRepository<OrderRequirement, Long> {

    List<OrderRequirement> findByOrderIdOrderByIdAsc(Long orderId);

    /** The requirements of every order of the person, by a subquery rather than a list of order ids. */
    @Query("""
            select r from OrderRequirement r
            where r.orderId in (select o.id from CourtOrder o where o.personId = :personId)
            order by r.id
            """)
    List<OrderRequirement> findOfPerson(@Param("personId") Long personId);
}
