package org.throughcare.compliance;

import org.springframework.stereotype.Component;
import org.throughcare.order.OrderSummary;
import org.throughcare.order.ProgressReportContribution;
import org.throughcare.order.ProgressReportPart;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The progress report's compliance parts for the period since the last review: attendance and compliance at each
 * appointment with the warnings and breach action that followed, and the drug test results.
 */
@Component
class ComplianceReportParts implements ProgressReportContribution {

    private final Appointments appointments;
    private final Enforcement enforcement;
    private final DrugTests drugTests;
    private final CompliancePages pages;

    ComplianceReportParts(
            Appointments appointments, Enforcement enforcement, DrugTests drugTests, CompliancePages pages) {
        this.appointments = appointments;
        this.enforcement = enforcement;
        this.drugTests = drugTests;
        this.pages = pages;
    }

    @Override
    public int position() {
        return 30;
    }

    @Override
    public List<ProgressReportPart> parts(OrderSummary order, LocalDate since, LocalDate until, SignedInUser user) {
        List<Appointment> inPeriod = appointments.forOrder(order, user).stream()
                .filter(a -> !a.day().isBefore(since) && !a.day().isAfter(until))
                .toList();
        List<EnforcementAction> actions = enforcement.forOrder(order.id(), order.personId(), user);
        List<List<Cell>> rows = pages.appointmentRows(inPeriod, actions, false).stream()
                .map(row -> row.subList(0, 4))
                .toList();
        List<OrderDrugTest> tests = drugTests.forOrder(order, user).stream()
                .filter(t ->
                        !t.getTestedOn().isBefore(since) && !t.getTestedOn().isAfter(until))
                .toList();
        return List.of(
                new ProgressReportPart(
                        "Attendance and compliance",
                        CompliancePages.APPOINTMENT_HEAD.subList(0, 4),
                        rows,
                        inPeriod.isEmpty() ? List.of() : List.of(summary(inPeriod)),
                        "No appointments in the period."),
                ProgressReportPart.table(
                        "Drug test results",
                        CompliancePages.DRUG_TEST_HEAD,
                        pages.drugTestRows(tests),
                        "No drug tests in the period."));
    }

    /** "6 appointments: 4 attended and complied, 1 unacceptable absence, 1 outcome not recorded." */
    static String summary(List<Appointment> appointments) {
        Map<AppointmentOutcome, Long> counts = new EnumMap<>(AppointmentOutcome.class);
        counts.putAll(appointments.stream()
                .filter(a -> a.getOutcome() != null)
                .collect(Collectors.groupingBy(Appointment::getOutcome, Collectors.counting())));
        long open = appointments.stream().filter(a -> a.getOutcome() == null).count();
        List<String> parts = new ArrayList<>();
        counts.forEach((outcome, n) -> parts.add(n + " " + outcome.label().toLowerCase(Locale.UK)));
        if (open > 0) {
            parts.add(open + " without an outcome yet");
        }
        int total = appointments.size();
        return total + (total == 1 ? " appointment: " : " appointments: ") + String.join(", ", parts) + ".";
    }
}
