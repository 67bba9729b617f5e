package org.throughcare.compliance;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface EnforcementActionRepository extends JpaRepository<EnforcementAction, Long> {

    List<EnforcementAction> findByOrderIdOrderByDecidedOnAscIdAsc(Long orderId);

    List<EnforcementAction> findByPersonIdOrderByDecidedOnAscIdAsc(Long personId);

    Optional<EnforcementAction> findByAppointmentId(Long appointmentId);
}
