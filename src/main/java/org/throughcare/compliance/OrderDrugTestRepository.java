package org.throughcare.compliance;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface OrderDrugTestRepository extends JpaRepository<OrderDrugTest, Long> {

    /** The order's tests with their results, in one statement. */
    @EntityGraph(attributePaths = "results")
    List<OrderDrugTest> findByOrderIdOrderByTestedOnDescIdDesc(Long orderId);
}
