package org.throughcare.compliance;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface AppointmentRepository extends JpaRepository<Appointment, Long> {

    List<Appointment> findByOrderIdOrderByStartsAtAscIdAsc(Long orderId);

    List<Appointment> findByPersonIdOrderByStartsAtAscIdAsc(Long personId);

    /** The order's past appointments (with an outcome, or due before {@code now}), newest first, a page at a time. */
    @Query(value = """
                    select a from Appointment a
                    where a.orderId = :orderId and (a.outcome is not null or a.startsAt < :now)
                    order by a.startsAt desc, a.id desc""", countQuery = """
                    select count(*) from Appointment a
                    where a.orderId = :orderId and (a.outcome is not null or a.startsAt < :now)""")
    Page<Appointment> findPast(Long orderId, Instant now, Pageable page);
}
