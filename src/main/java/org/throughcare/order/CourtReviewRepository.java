package org.throughcare.order;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface CourtReviewRepository extends JpaRepository<CourtReview, Long> {

    List<CourtReview> findByOrderIdOrderByDueOnAscIdAsc(Long orderId);

    /** The reviews of every order of the person, by a subquery rather than a list of order ids. */
    @Query("""
            select r from CourtReview r
            where r.orderId in (select o.id from CourtOrder o where o.personId = :personId)
            order by r.dueOn, r.id
            """)
    List<CourtReview> findOfPerson(@Param("personId") Long personId);
}
