package org.throughcare.treatment;

import org.springframework.stereotype.Component;
import org.throughcare.person.PersonPageSection;
import org.throughcare.person.PersonRecord;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;

import java.util.List;

/** Treatment episodes and releases from prison on the person page. */
@Component
class TreatmentPersonSection implements PersonPageSection<TreatmentPersonSection.Model> {

    /** What treatment/person-section shows. */
    record Model(
            Long personId,
            List<Cell> episodeHead,
            List<List<Cell>> episodes,
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

    TreatmentPersonSection(
            TreatmentService treatment,
            PrisonReleases releases,
            ReintegrationService reintegration,
            TreatmentPages pages) {
        this.treatment = treatment;
        this.releases = releases;
        this.reintegration = reintegration;
        this.pages = pages;
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
        return new Model(
                personId,
                TreatmentPages.EPISODE_HEAD,
                pages.episodeRows(treatment.forPerson(personId, user)),
                TreatmentPages.RELEASE_HEAD,
                pages.releaseRows(releases.releasesOf(personId, user), worker),
                TreatmentPages.NEED_HEAD,
                pages.needRows(reintegration.forPerson(personId, user), worker),
                RoleGroup.TREATMENT_WORKERS.includes(user.role()),
                worker);
    }
}
