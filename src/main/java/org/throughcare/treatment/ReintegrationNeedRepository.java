package org.throughcare.treatment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReintegrationNeedRepository extends JpaRepository<ReintegrationNeed, Long> {

    List<ReintegrationNeed> findByPersonIdOrderByIdentifiedOnDescIdDesc(Long personId);
}
