package org.throughcare.treatment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface InterventionRepository extends JpaRepository<Intervention, Long> {

    List<Intervention> findByEpisodeIdInOrderByStartedOnAscIdAsc(Collection<Long> episodeIds);
}
