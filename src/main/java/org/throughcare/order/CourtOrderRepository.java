package org.throughcare.order;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CourtOrderRepository extends JpaRepository<CourtOrder, Long> {

    List<CourtOrder> findByPersonIdOrderByStartsOnDescIdDesc(Long personId);
}
