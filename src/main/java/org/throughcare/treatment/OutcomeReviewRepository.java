package org.throughcare.treatment;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface OutcomeReviewRepository extends JpaRepository<OutcomeReview, Long> {

    List<OutcomeReview> findByEpisodeIdOrderByReviewedOnAscIdAsc(Long episodeId);

    List<OutcomeReview> findByPersonIdOrderByReviewedOnAscIdAsc(Long personId);
}
