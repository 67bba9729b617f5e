package org.throughcare.dashboard;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProgrammePartnerRepository extends JpaRepository<ProgrammePartner, Long> {

    List<ProgrammePartner> findByProgrammeIdOrderByAgencyAscIdAsc(Long programmeId);
}
