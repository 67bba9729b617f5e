package org.throughcare.treatment;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.person.PersonLookup;
import org.throughcare.referral.ReferralWork;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.WorkList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The treatment lists a home page shows: the team's releases from prison with no community treatment
 * appointment yet (flagged once past three weeks), and its open treatment episodes. Published for other
 * modules' home pages (probation).
 */
@Component
public class TreatmentWork {

    static final int HOME_ROWS = 10;

    private final TreatmentService treatment;
    private final ReferralWork referrals;
    private final PrisonReleases releases;
    private final TreatmentPages pages;
    private final PersonLookup people;
    private final Formats formats;
    private final Clock clock;

    TreatmentWork(
            TreatmentService treatment,
            ReferralWork referrals,
            PrisonReleases releases,
            TreatmentPages pages,
            PersonLookup people,
            Formats formats,
            Clock clock) {
        this.treatment = treatment;
        this.referrals = referrals;
        this.releases = releases;
        this.pages = pages;
        this.people = people;
        this.formats = formats;
        this.clock = clock;
    }

    /**
     * The treatment home page's lists, the team's referral work among them, in one read-only transaction: one
     * each (six with the names) cost the page more than its statements did, as on the custody worklist.
     */
    @Transactional(readOnly = true)
    List<WorkList> home(SignedInUser user) {
        return List.of(
                releasedNotYetSeen(user),
                referrals.incomingToAcknowledge(user),
                referrals.inProgress(user),
                openEpisodes(user));
    }

    /** Releases the user's team recorded that no community treatment appointment has followed yet. */
    @Transactional(readOnly = true)
    public WorkList releasedNotYetSeen(SignedInUser user) {
        return releases(releases.notYetSeen(user, 0, HOME_ROWS), user);
    }

    WorkList releases(Page<PrisonRelease> page, SignedInUser user) {
        Map<Long, String> names =
                names(page.getContent().stream().map(PrisonRelease::getPersonId).toList(), user);
        LocalDate today = LocalDate.now(clock);
        return new WorkList(
                "Released from prison, not yet seen in treatment",
                "Everyone your team recorded as released from prison has had a community treatment appointment.",
                List.of(
                        Cell.text("Person"),
                        Cell.text("Released"),
                        Cell.text("Prison"),
                        Cell.text("First appointment")),
                page.getContent().stream()
                        .map(r -> List.of(
                                person(names, r.getPersonId(), "#treatment"),
                                Cell.text(formats.date(r.getReleasedOn())),
                                Cell.text(r.getPrison()),
                                pages.firstAppointment(r, today)))
                        .toList(),
                page.getTotalElements(),
                "/treatment/lists/releases");
    }

    /** The user's team's open treatment episodes, longest running first. */
    @Transactional(readOnly = true)
    public WorkList openEpisodes(SignedInUser user) {
        return episodes(treatment.openEpisodes(user, 0, HOME_ROWS), user);
    }

    WorkList episodes(Page<TreatmentEpisode> page, SignedInUser user) {
        Map<Long, String> names = names(
                page.getContent().stream().map(TreatmentEpisode::getPersonId).toList(), user);
        return new WorkList(
                "Open treatment episodes",
                "Your team has no open treatment episodes.",
                List.of(Cell.text("Person"), Cell.text("Started"), Cell.text("Key worker"), Cell.text("Setting")),
                page.getContent().stream()
                        .map(e -> List.of(
                                Cell.link(
                                        names.getOrDefault(e.getPersonId(), "Person " + e.getPersonId()),
                                        "/treatment/episodes/" + e.getId()),
                                Cell.text(formats.date(e.getStartedOn())),
                                Cell.text(e.getKeyWorker()),
                                Cell.text(e.getSetting().label())))
                        .toList(),
                page.getTotalElements(),
                "/treatment/lists/episodes");
    }

    private Map<Long, String> names(List<Long> personIds, SignedInUser user) {
        return people.visibleNames(personIds.stream().collect(Collectors.toSet()), user);
    }

    private static Cell person(Map<Long, String> names, Long personId, String anchor) {
        return names.containsKey(personId)
                ? Cell.link(names.get(personId), "/people/" + personId + anchor)
                : Cell.text("Person " + personId + " (not in your team's scope)");
    }
}
