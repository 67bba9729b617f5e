package org.throughcare.treatment;

import org.springframework.stereotype.Component;
import org.throughcare.person.PersonRecord;
import org.throughcare.person.TimelineContribution;
import org.throughcare.person.TimelineEntry;
import org.throughcare.user.SignedInUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Treatment on the pathway timeline: each episode's start, triage, care plan, interventions, outcome reviews and end; each
 * release from prison and the first community appointment after it. These are dates without a time of day, so
 * they are placed at noon UK time.
 */
@Component
class TreatmentTimeline implements TimelineContribution {

    private final TreatmentService treatment;
    private final PrisonReleases releases;
    private final ReintegrationService reintegration;
    private final OutcomeReviews outcomeReviews;

    TreatmentTimeline(
            TreatmentService treatment,
            PrisonReleases releases,
            ReintegrationService reintegration,
            OutcomeReviews outcomeReviews) {
        this.treatment = treatment;
        this.releases = releases;
        this.reintegration = reintegration;
        this.outcomeReviews = outcomeReviews;
    }

    @Override
    public List<TimelineEntry> entries(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        List<TimelineEntry> entries = new ArrayList<>();
        List<TreatmentService.EpisodeRecord> episodes = treatment.forPerson(personId, user);
        for (TreatmentService.EpisodeRecord r : episodes) {
            TreatmentEpisode e = r.episode();
            String href = "/treatment/episodes/" + e.getId();
            entries.add(TimelineEntry.onDay(
                    e.getStartedOn(),
                    "Treatment started at " + r.providerName(),
                    e.getSetting().label() + " setting; key worker " + e.getKeyWorker(),
                    href));
            if (e.getTriagedOn() != null) {
                entries.add(TimelineEntry.onDay(e.getTriagedOn(), "Treatment triage or assessment", null, href));
            }
            if (e.getCarePlanOn() != null) {
                entries.add(TimelineEntry.onDay(e.getCarePlanOn(), "Care plan agreed", null, href));
            }
            for (Intervention i : r.interventions()) {
                entries.add(TimelineEntry.onDay(
                        i.getStartedOn(),
                        "Intervention started: " + i.getKind().label().toLowerCase(Locale.UK),
                        i.getKind().group().label(),
                        href));
            }
            if (!e.open()) {
                entries.add(TimelineEntry.onDay(
                        e.getExitOn(),
                        "Treatment ended: " + e.getExitReason().label().toLowerCase(Locale.UK),
                        e.getExitReason().group().label(),
                        href));
            }
        }
        // Reviews belong to episodes: one query for them all, and none for someone never in treatment.
        if (!episodes.isEmpty()) {
            for (OutcomeReview review : outcomeReviews.forPerson(personId, user)) {
                OutcomeItems i = review.items();
                entries.add(TimelineEntry.onDay(
                        review.getReviewedOn(),
                        "Outcome review: " + review.getKind().label().toLowerCase(Locale.UK),
                        OutcomeReviewPages.substanceDays(i) + " days of use (not tobacco) in 28; psychological health "
                                + i.psychologicalHealth() + ", physical health " + i.physicalHealth()
                                + ", quality of life " + i.qualityOfLife() + " (out of 20)",
                        "/treatment/outcome-reviews/" + review.getId()));
            }
        }
        for (PrisonRelease r : releases.releasesOf(personId, user)) {
            String href = "/people/" + personId + "#treatment";
            entries.add(TimelineEntry.onDay(
                    r.getReleasedOn(),
                    "Released from " + r.getPrison(),
                    (r.isNaloxoneSupplied() ? "Naloxone supplied" : "No naloxone supplied") + "; "
                            + (r.isContinuityReferral()
                                    ? "continuity-of-care referral made"
                                    : "no continuity-of-care referral"),
                    href));
            if (r.getFirstAppointmentOn() != null) {
                entries.add(TimelineEntry.onDay(
                        r.getFirstAppointmentOn(), "First community treatment appointment after release", null, href));
            }
        }
        for (ReintegrationNeed n : reintegration.forPerson(personId, user)) {
            String href = "/people/" + personId + "#treatment";
            entries.add(TimelineEntry.onDay(
                    n.getIdentifiedOn(),
                    "Reintegration need: " + n.getArea().label().toLowerCase(Locale.UK),
                    n.getNeed(),
                    href));
            if (n.getOutcome() != null) {
                entries.add(TimelineEntry.onDay(
                        n.getOutcomeOn(),
                        n.getArea().label() + " need " + n.getOutcome().label().toLowerCase(Locale.UK),
                        null,
                        href));
            }
        }
        return entries;
    }
}
