package org.throughcare.referral;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.throughcare.person.PathwayStage;
import org.throughcare.person.PersonRecord;
import org.throughcare.person.TimelineContribution;
import org.throughcare.person.TimelineEntry;
import org.throughcare.user.SignedInUser;

import java.util.ArrayList;
import java.util.List;

/**
 * Consent and referrals on the pathway timeline: consent given and withdrawn; each referral sent (the referral
 * key stage) and each step after it, the first appointment attended marking engagement and the 12-week point
 * retention.
 */
@Component
class ReferralTimeline implements TimelineContribution {

    private final ConsentService consents;
    private final ReferralService referrals;
    private final LiaisonService liaison;

    ReferralTimeline(ConsentService consents, ReferralService referrals, LiaisonService liaison) {
        this.consents = consents;
        this.referrals = referrals;
        this.liaison = liaison;
    }

    @Override
    public List<TimelineEntry> entries(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Consent c : consents.forPerson(personId, user)) {
            entries.add(TimelineEntry.of(
                    c.getGivenAt(),
                    "Consent given: " + c.item().label(),
                    StringUtils.capitalize(c.getGivenHow().label().toLowerCase(java.util.Locale.UK)),
                    "/people/" + personId + "#consent"));
            if (!c.current()) {
                entries.add(TimelineEntry.of(
                        c.getWithdrawnAt(),
                        "Consent withdrawn: " + c.item().label(),
                        c.getWithdrawalReason(),
                        "/people/" + personId + "#consent"));
            }
        }
        for (LiaisonScreening s : liaison.forPerson(personId, user)) {
            String href = "/screenings/" + s.getId();
            entries.add(TimelineEntry.of(
                    s.getScreenedAt(),
                    "Liaison and Diversion screening: " + s.getSource().label().toLowerCase(java.util.Locale.UK),
                    "Needs: " + LiaisonService.describe(s.needs()) + "; risk "
                            + s.getRisk().label().toLowerCase(java.util.Locale.UK),
                    href));
            if (s.getAssessedAt() != null) {
                entries.add(TimelineEntry.of(s.getAssessedAt(), "Liaison and Diversion assessment", null, href)
                        .marking(PathwayStage.ASSESSMENT));
            }
            if (s.getOutcome() != null) {
                entries.add(TimelineEntry.of(
                        s.getOutcomeAt(),
                        "Liaison and Diversion outcome: "
                                + s.getOutcome().label().toLowerCase(java.util.Locale.UK),
                        null,
                        href));
            }
        }
        for (Referral r : referrals.forPerson(personId, user)) {
            String href = "/referrals/" + r.getId();
            String to = r.getProvider().getName() + " (" + r.getService().label() + ")";
            entries.add(TimelineEntry.of(
                            r.getSentAt(),
                            "Referred to " + to,
                            "From " + r.getFromStage().label().toLowerCase(java.util.Locale.UK) + ". " + r.getReason(),
                            href)
                    .marking(PathwayStage.REFERRAL)
                    .in("referral-" + r.getId()));
            for (Referral.StepRecord step : r.steps()) {
                TimelineEntry entry = TimelineEntry.of(
                                step.at(),
                                "Referral to " + r.getProvider().getName() + ": "
                                        + step.step().label().toLowerCase(java.util.Locale.UK),
                                step.step().closes() ? r.getClosedReason() : null,
                                href)
                        .in("referral-" + r.getId());
                entries.add(
                        switch (step.step()) {
                            case ENGAGED -> entry.marking(PathwayStage.ENGAGEMENT);
                            case RETAINED -> entry.marking(PathwayStage.RETAINED);
                            default -> entry;
                        });
            }
        }
        return entries;
    }
}
