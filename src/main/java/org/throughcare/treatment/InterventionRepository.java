package org.throughcare.treatment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface InterventionRepository extends JpaRepository<Intervention, Long> {

    List<Intervention> findByEpisodeIdOrderByStartedOnAscIdAsc(Long episodeId);

    /**
     * Every intervention of the person's episodes. By person id rather than a list of episode ids: a collection
     * bound to {@code in} makes Hibernate translate the query afresh on each call (docs/performance.md).
     */
    @Query("""
            select i from Intervention i
            where i.episodeId in (select e.id from TreatmentEpisode e where e.personId = :personId)
            order by i.startedOn, i.id
            """)
    List<Intervention> findForPerson(@Param("personId") Long personId);
}
