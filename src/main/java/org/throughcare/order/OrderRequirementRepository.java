package org.throughcare.order;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface OrderRequirementRepository extends JpaRepository<OrderRequirement, Long> {

    List<OrderRequirement> findByOrderIdOrderByIdAsc(Long orderId);

    List<OrderRequirement> findByOrderIdInOrderByIdAsc(Collection<Long> orderIds);
}
