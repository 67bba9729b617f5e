package org.throughcare.order;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface CourtReviewRepository extends JpaRepository<CourtReview, Long> {

    List<CourtReview> findByOrderIdOrderByDueOnAscIdAsc(Long orderId);

    List<CourtReview> findByOrderIdInOrderByDueOnAscIdAsc(Collection<Long> orderIds);
}
