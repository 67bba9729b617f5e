package org.throughcare.compliance;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    List<Appointment> findByOrderIdOrderByStartsAtAscIdAsc(Long orderId);

    List<Appointment> findByPersonIdOrderByStartsAtAscIdAsc(Long personId);
}
