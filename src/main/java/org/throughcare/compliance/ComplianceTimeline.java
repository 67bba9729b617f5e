package org.throughcare.compliance;

import org.springframework.stereotype.Component;
import org.throughcare.person.PersonRecord;
import org.throughcare.person.TimelineContribution;
import org.throughcare.person.TimelineEntry;
import org.throughcare.user.SignedInUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compliance on the pathway timeline: failures to comply, warnings, breach action and breach results. None is a
 * key stage of the pathway (arrest to retention), so they carry no {@code PathwayStage}; each is tied to its
 * order's thread ("order-12") so an order's events read together.
 */
@Component
class ComplianceTimeline implements TimelineContribution {

    private final Appointments appointments;
    private final Enforcement enforcement;

    ComplianceTimeline(Appointments appointments, Enforcement enforcement) {
        this.appointments = appointments;
        this.enforcement = enforcement;
    }

    @Override
    public List<TimelineEntry> entries(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        List<TimelineEntry> entries = new ArrayList<>();
        for (Appointment a : appointments.forPerson(personId, user)) {
            if (a.isFailure()) {
                entries.add(TimelineEntry.of(
                                a.getStartsAt(),
                                "Failure to comply: " + a.getOutcome().label().toLowerCase(Locale.UK),
                                a.getKind().label() + " appointment at " + a.getPlace(),
                                "/orders/" + a.getOrderId() + "#appointments")
                        .in(thread(a.getOrderId())));
            }
        }
        for (EnforcementAction e : enforcement.forPerson(personId, user)) {
            String href = "/orders/" + e.getOrderId() + "#enforcement";
            entries.add(TimelineEntry.onDay(
                            e.getDecidedOn(),
                            e.getKind() == EnforcementKind.WARNING ? "Warning given" : "Breach action taken",
                            e.getNotes(),
                            href)
                    .in(thread(e.getOrderId())));
            if (e.getResolution() != null) {
                entries.add(TimelineEntry.onDay(
                                e.getResolvedOn(),
                                "Breach dealt with: " + e.getResolution().label(),
                                null,
                                href)
                        .in(thread(e.getOrderId())));
            }
        }
        return entries;
    }

    static String thread(Long orderId) {
        return "order-" + orderId;
    }
}
