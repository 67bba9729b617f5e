package org.throughcare.custody;

import org.springframework.stereotype.Component;
import org.throughcare.person.PathwayStage;
import org.throughcare.person.PersonRecord;
import org.throughcare.person.TimelineContribution;
import org.throughcare.person.TimelineEntry;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Custody's events on the pathway timeline: each arrest with its test (the arrest is a key stage), and each
 * required assessment's outcome (attended is the assessment key stage). Voided tests are shown, marked, and
 * mark no stage. Only custody workers and managers get links to the test's page, which only they may open.
 */
@Component
class CustodyTimeline implements TimelineContribution {

    private final CustodyHistory history;

    CustodyTimeline(CustodyHistory history) {
        this.history = history;
    }

    @Override
    public List<TimelineEntry> entries(PersonRecord person, SignedInUser user) {
        boolean canOpen = RoleGroup.CUSTODY_WORKERS_AND_MANAGERS.includes(user.role());
        List<TimelineEntry> entries = new ArrayList<>();
        for (CustodyEventRecord r :
                history.forPerson(person.person().getId(), person.person().getDateOfBirth(), user)) {
            CustodyEvent e = r.event();
            String href = canOpen ? "/custody/events/" + e.getId() : null;
            TimelineEntry arrest = TimelineEntry.of(
                    e.getArrestedAt(),
                    "Arrested: tested " + e.getTestStage().label().toLowerCase(Locale.UK) + " at "
                            + e.getSuite().getName() + (e.voided() ? " (test voided)" : ""),
                    result(r),
                    href);
            entries.add(e.voided() ? arrest : arrest.marking(PathwayStage.ARREST));
            if (e.voided()) {
                continue;
            }
            for (RequiredAssessment a : r.assessments()) {
                if (a.getOutcome() == null) {
                    continue;
                }
                Instant at = a.getAppointmentAt();
                TimelineEntry entry = TimelineEntry.of(
                        at,
                        "Required " + a.getKind().label().toLowerCase(Locale.UK) + ": "
                                + a.getOutcome().label().toLowerCase(Locale.UK),
                        a.getResult() == null
                                ? null
                                : "Outcome: " + a.getResult().label().toLowerCase(Locale.UK),
                        href);
                entries.add(a.getOutcome().failure() ? entry : entry.marking(PathwayStage.ASSESSMENT));
            }
        }
        return entries;
    }

    private static String result(CustodyEventRecord r) {
        return switch (r.event().getOutcome()) {
            case TESTED ->
                r.positive()
                        ? "Positive for "
                                + r.results().stream()
                                        .filter(DrugTestResult::countsAsPositive)
                                        .map(res -> res.getSubstance().getName().toLowerCase(Locale.UK))
                                        .collect(Collectors.joining(" and "))
                        : "Negative";
            case REFUSED -> "Refused the test";
            case NO_VALID_SAMPLE -> "No valid sample";
        };
    }
}
