package org.throughcare.referral;

import org.springframework.stereotype.Component;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Referrals as table rows and summary rows, worded the same on every page that lists or shows them. */
@Component
class ReferralTables {

    static final List<Cell> LIST_HEAD = List.of(
            Cell.text("Person"),
            Cell.text("Referred to"),
            Cell.text("Sent"),
            Cell.text("Urgency"),
            Cell.text("Status"));

    static final List<Cell> PERSON_HEAD =
            List.of(Cell.text("Referred to"), Cell.text("From"), Cell.text("Sent"), Cell.text("Status"));

    private final PersonLookup people;
    private final UserDirectory directory;
    private final Formats formats;
    private final Clock clock;

    ReferralTables(PersonLookup people, UserDirectory directory, Formats formats, Clock clock) {
        this.people = people;
        this.directory = directory;
        this.formats = formats;
        this.clock = clock;
    }

    /** One row per referral; people outside the user's scope are listed but not named. */
    List<List<Cell>> listRows(List<Referral> referrals, SignedInUser user) {
        Set<Long> ids = referrals.stream().map(Referral::getPersonId).collect(Collectors.toSet());
        Map<Long, String> names = people.visibleNames(ids, user);
        return referrals.stream()
                .map(r -> List.of(
                        names.containsKey(r.getPersonId())
                                ? Cell.link(names.get(r.getPersonId()), "/referrals/" + r.getId())
                                : Cell.text("Person " + r.getPersonId() + " (not in your team's scope)"),
                        Cell.text(r.getProvider().getName() + " ("
                                + r.getService().label() + ")"),
                        Cell.text(formats.dateTime(r.getSentAt()) + " (" + age(r) + ")"),
                        r.getUrgency() == Urgency.URGENT ? Cell.tag("Urgent", "red") : Cell.text("Routine"),
                        Cell.tag(r.status().label(), r.status().colour())))
                .toList();
    }

    List<List<Cell>> personRows(List<Referral> referrals) {
        return referrals.stream()
                .map(r -> List.of(
                        Cell.link(
                                r.getProvider().getName() + " ("
                                        + r.getService().label() + ")",
                                "/referrals/" + r.getId()),
                        Cell.text(r.getFromStage().label()),
                        Cell.text(formats.dateTime(r.getSentAt())),
                        Cell.tag(r.status().label(), r.status().colour())))
                .toList();
    }

    /** What the referral page's summary card shows. */
    List<SummaryRow> summary(Referral r) {
        Provider p = r.getProvider();
        Map<Long, UserDirectory.TeamSummary> teams = directory.teams(
                r.getToTeamId() == null ? List.of(r.getFromTeamId()) : List.of(r.getFromTeamId(), r.getToTeamId()));
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Status", r.status().label()));
        rows.add(
                SummaryRow.of("Referred to", p.getName() + " (" + r.getService().label() + ")"));
        rows.add(SummaryRow.of("Contact", contact(p)));
        rows.add(SummaryRow.of(
                "Answered in Throughcare by",
                r.getToTeamId() == null
                        ? "No one: the provider does not use Throughcare. The referring team records its replies."
                        : teamName(teams, r.getToTeamId())));
        rows.add(SummaryRow.of("Referred from", r.getFromStage().label() + ", " + teamName(teams, r.getFromTeamId())));
        if (r.getScreeningId() != null) {
            rows.add(new SummaryRow(
                    "Made from", "A Liaison and Diversion screening", "/screenings/" + r.getScreeningId(), "View"));
        }
        rows.add(SummaryRow.of("Urgency", r.getUrgency().label()));
        rows.add(SummaryRow.of("Why", r.getReason()));
        rows.add(SummaryRow.of(
                "Information shared",
                r.sharedWithoutConsent()
                        ? "Without consent, on a lawful basis: "
                                + r.getLawfulBasis().label() + ". Reason: " + r.getLawfulBasisReason()
                        : "With the person's consent to sharing with "
                                + r.getService().agency().label()));
        rows.add(SummaryRow.of("Sent", formats.dateTime(r.getSentAt()) + " by " + r.getSentBy()));
        return rows;
    }

    /** The steps so far, oldest first, with the days since the one before. */
    List<List<Cell>> stepRows(Referral r) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(
                Cell.text("Sent"),
                Cell.text(formats.dateTime(r.getSentAt())),
                Cell.text(r.getSentBy()),
                Cell.text("")));
        java.time.Instant previous = r.getSentAt();
        for (Referral.StepRecord step : r.steps()) {
            long days = Duration.between(previous, step.at()).toDays();
            rows.add(List.of(
                    Cell.text(step.step().label()
                            + (step.step().closes() && r.getClosedReason() != null ? ": " + r.getClosedReason() : "")),
                    Cell.text(formats.dateTime(step.at())),
                    Cell.text(step.by()),
                    Cell.number(days)));
            previous = step.at();
        }
        return rows;
    }

    private String age(Referral r) {
        long days = Duration.between(r.getSentAt(), clock.instant()).toDays();
        return days == 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago";
    }

    private static String teamName(Map<Long, UserDirectory.TeamSummary> teams, Long id) {
        UserDirectory.TeamSummary team = teams.get(id);
        return team == null ? "Team " + id : team.name();
    }

    static String contact(Provider p) {
        List<String> parts = new ArrayList<>();
        if (p.getPhone() != null) {
            parts.add(p.getPhone());
        }
        if (p.getEmail() != null) {
            parts.add(p.getEmail());
        }
        if (p.getAddress() != null) {
            parts.add(p.getAddress());
        }
        return parts.isEmpty() ? "Not recorded" : String.join(", ", parts);
    }
}
