package org.throughcare.compliance;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

interface EnforcementActionRepository extends JpaRepository<EnforcementAction, Long> {

    List<EnforcementAction> findByOrderIdOrderByDecidedOnAscIdAsc(Long orderId);

    /** The order's actions, oldest first, each with the appointment it answers (or null), in one statement. */
    @Query("""
            select e, a from EnforcementAction e left join Appointment a on a.id = e.appointmentId
            where e.orderId = :orderId
            order by e.decidedOn, e.id
            """)
    List<Object[]> findWithAppointments(@Param("orderId") Long orderId);

    List<EnforcementAction> findByPersonIdOrderByDecidedOnAscIdAsc(Long personId);

    Optional<EnforcementAction> findByAppointmentId(Long appointmentId);
}
