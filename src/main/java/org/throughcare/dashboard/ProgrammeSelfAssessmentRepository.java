package org.throughcare.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ProgrammeSelfAssessmentRepository extends JpaRepository<ProgrammeSelfAssessment, Long> {

    List<ProgrammeSelfAssessment> findByProgrammeId(Long programmeId);

    List<ProgrammeSelfAssessment> findByProgrammeIdIn(Collection<Long> programmeIds);

    Optional<ProgrammeSelfAssessment> findByProgrammeIdAndFactor(Long programmeId, SuccessFactor factor);
}
