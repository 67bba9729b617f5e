package org.throughcare.person;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CaseTransferRepository extends JpaRepository<CaseTransfer, Long> {

    List<CaseTransfer> findByCaseIdOrderByTransferredAtAsc(Long caseId);
}
