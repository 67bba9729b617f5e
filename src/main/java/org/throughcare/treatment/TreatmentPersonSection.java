package org.throughcare.treatment;

import org.springframework.stereotype.Component;
import org.throughcare.person.PersonPageSection;
import org.throughcare.person.PersonRecord;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;

import java.util.List;
import java.util.Optional;

/** Treatment episodes and releases from prison on the person page. */
@Component
class TreatmentPersonSection implements PersonPageSection<TreatmentPersonSection.Model> {

    /** What treatment/person-section shows. */
    record Model(
            Long personId,
            List<Cell> episodeHead,
            List<List<Cell>> episodes,
            List<Cell> changeHead,
            List<List<Cell>> changes,
            List<Cell> releaseHead,
            List<List<Cell>> releases,
            List<Cell> needHead,
            List<List<Cell>> needs,
            boolean canStart,
            boolean canRecordRelease) {}

    private final TreatmentService treatment;
    private final PrisonReleases releases;
    private final ReintegrationService reintegration;
    private final TreatmentPages pages;
    private final OutcomeReviews outcomeReviews;
    private final OutcomeReviewPages reviewPages;

    TreatmentPersonSection(
            TreatmentService treatment,
            PrisonReleases releases,
            ReintegrationService reintegration,
            TreatmentPages pages,
            OutcomeReviews outcomeReviews,
            OutcomeReviewPages reviewPages) {
        this.treatment = treatment;
        this.releases = releases;
        this.reintegration = reintegration;
        this.pages = pages;
        this.outcomeReviews = outcomeReviews;
        this.reviewPages = reviewPages;
    }

    @Override
    public int position() {
        return 70;
    }

    @Override
    public String id() {
        return "treatment";
    }

    @Override
    public String title() {
        return "Treatment, release and reintegration";
    }

    @Override
    public String fragment() {
        return "treatment/person-section :: section";
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        boolean worker = RoleGroup.WORKERS.includes(user.role());
        List<TreatmentService.EpisodeRecord> episodes = treatment.forPerson(personId, user);
        // One query, and only for someone in treatment: the first and latest review of their latest episode with two.
        Optional<OutcomeChange> change =
                episodes.isEmpty() ? Optional.empty() : outcomeReviews.latestChange(personId, user);
        return new Model(
                personId,
                TreatmentPages.EPISODE_HEAD,
                pages.episodeRows(episodes),
                change.map(reviewPages::changeHead).orElse(List.of()),
                change.map(reviewPages::changeRows).orElse(List.of()),
                TreatmentPages.RELEASE_HEAD,
                pages.releaseRows(releases.releasesOf(personId, user), worker),
                TreatmentPages.NEED_HEAD,
                pages.needRows(reintegration.forPerson(personId, user), worker),
                RoleGroup.TREATMENT_WORKERS.includes(user.role()),
                worker);
    }
}
