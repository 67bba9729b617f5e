package org.throughcare.referral;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface DiversionRepository extends JpaRepository<Diversion, Long> {

    List<Diversion> findByPersonIdOrderByGivenOnDescIdDesc(Long personId);
}
