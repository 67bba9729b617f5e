package org.throughcare.person;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustodyRecordNumberRepository extends JpaRepository<CustodyRecordNumber, Long> {

    boolean existsByForceIdAndNumberIgnoreCase(Long forceId, String number);
}
