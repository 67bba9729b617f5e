package org.throughcare.order;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface OrderDecisionRepository extends JpaRepository<OrderDecision, Long> {

    List<OrderDecision> findByOrderIdOrderByDecidedOnAscIdAsc(Long orderId);

    List<OrderDecision> findByOrderIdInOrderByDecidedOnAscIdAsc(Collection<Long> orderIds);
}
