package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.custody.CustodyToday;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.WorkList;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Liaison and Diversion home page's lists as table rows, the people in them named where the user may see them. */
@Component
class LiaisonHome {

    private final ReferralWork work;
    private final LiaisonService liaison;
    private final CustodyToday custody;
    private final PersonLookup people;
    private final Formats formats;

    LiaisonHome(ReferralWork work, LiaisonService liaison, CustodyToday custody, PersonLookup people, Formats formats) {
        this.work = work;
        this.liaison = liaison;
        this.custody = custody;
        this.people = people;
        this.formats = formats;
    }

    /**
     * The first rows of each list in one read-only transaction: one each (six with the names) cost the page more
     * than its statements did, as on the custody worklist.
     */
    @Transactional(readOnly = true)
    List<WorkList> read(SignedInUser user, int rows) {
        return List.of(
                toScreen(custody.testedToday(user, 0, rows), user),
                inProgress(liaison.inProgress(user, 0, rows), user),
                work.incomingToAcknowledge(user),
                work.sentAwaitingResponse(user));
    }

    WorkList toScreen(Page<CustodyToday.Tested> page, SignedInUser user) {
        Map<Long, String> names = names(
                page.getContent().stream().map(CustodyToday.Tested::personId).toList(), user);
        return new WorkList(
                "Tested in custody today: people to screen",
                "No one has been tested at your force area's custody suites today.",
                List.of(Cell.text("Person"), Cell.text("Tested"), Cell.text("Suite"), Cell.text("Result")),
                page.getContent().stream()
                        .map(t -> List.of(
                                // Someone not yet in the team's scope opens a case from their page first.
                                Cell.link(
                                        names.getOrDefault(
                                                t.personId(), "Person " + t.personId() + " (open a case to screen)"),
                                        "/people/" + t.personId()),
                                Cell.text(formats.dateTime(t.testedAt())),
                                Cell.text(t.suiteName()),
                                t.positive() ? Cell.tag("Positive", "red") : Cell.text("Not positive")))
                        .toList(),
                page.getTotalElements(),
                "/liaison/to-screen");
    }

    WorkList inProgress(Page<LiaisonScreening> page, SignedInUser user) {
        Map<Long, String> names = names(
                page.getContent().stream().map(LiaisonScreening::getPersonId).toList(), user);
        return new WorkList(
                "Screenings and assessments in progress",
                "Your team has no screening waiting for an assessment or an outcome.",
                List.of(Cell.text("Person"), Cell.text("Screened"), Cell.text("Risk"), Cell.text("Next")),
                page.getContent().stream()
                        .map(s -> List.of(
                                Cell.link(
                                        names.getOrDefault(s.getPersonId(), "Person " + s.getPersonId()),
                                        "/screenings/" + s.getId()),
                                Cell.text(formats.dateTime(s.getScreenedAt())),
                                Cell.tag(s.getRisk().label(), s.getRisk().colour()),
                                Cell.text(s.getAssessedAt() == null ? "Assessment" : "Outcome")))
                        .toList(),
                page.getTotalElements(),
                "/liaison/in-progress");
    }

    private Map<Long, String> names(List<Long> ids, SignedInUser user) {
        return people.visibleNames(ids.stream().collect(Collectors.toSet()), user);
    }
}
