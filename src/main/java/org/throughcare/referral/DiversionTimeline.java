package org.throughcare.referral;

import org.springframework.stereotype.Component;
import org.throughcare.person.PersonRecord;
import org.throughcare.person.TimelineContribution;
import org.throughcare.person.TimelineEntry;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.util.ArrayList;
import java.util.List;

/** Diversions on the pathway timeline, referrals' siblings: given (with the deadline) and their outcome. */
@Component
class DiversionTimeline implements TimelineContribution {

    private final DiversionService diversions;

    DiversionTimeline(DiversionService diversions) {
        this.diversions = diversions;
    }

    @Override
    public List<TimelineEntry> entries(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        String href = "/people/" + personId + "#diversions";
        List<TimelineEntry> entries = new ArrayList<>();
        for (Diversion d : diversions.forPerson(personId, user)) {
            entries.add(TimelineEntry.onDay(
                    d.getGivenOn(),
                    d.getKind().label() + ": " + d.getScheme(),
                    d.getConditions() + " By " + Formats.ukDate(d.getDeadline()) + ".",
                    href));
            if (!d.open()) {
                entries.add(TimelineEntry.onDay(
                        d.getOutcomeOn(),
                        d.getScheme() + ": " + d.getOutcome().label().toLowerCase(java.util.Locale.UK),
                        d.getOutcomeNotes(),
                        href));
            }
        }
        return entries;
    }
}
