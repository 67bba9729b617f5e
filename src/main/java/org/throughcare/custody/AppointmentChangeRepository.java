package org.throughcare.custody;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface AppointmentChangeRepository extends JpaRepository<AppointmentChange, Long> {

    /** Every change to the required assessments of one event, oldest first, in one query. */
    @Query("""
            select c from AppointmentChange c
            where c.assessmentId in (select a.id from RequiredAssessment a where a.event.id = :eventId)
            order by c.id
            """)
    List<AppointmentChange> findForEvent(@Param("eventId") Long eventId);
}
