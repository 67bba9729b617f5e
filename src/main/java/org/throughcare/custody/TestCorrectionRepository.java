package org.throughcare.custody;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TestCorrectionRepository extends JpaRepository<TestCorrection, Long> {

    List<TestCorrection> findByEventIdOrderByCreatedAtAscIdAsc(Long eventId);
}
