package org.throughcare.compliance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.throughcare.order.OrderPageSection;
import org.throughcare.order.OrderSummary;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The compliance module's sections of an order's page: appointments (position 50), drug tests (60) and enforcement
 * (70), each with its fragment in {@code compliance/order-sections}. Links to record anything are only shown when
 * the order still takes changes from the user.
 */
@Configuration(proxyBeanMethods = false)
class ComplianceOrderSections {

    /** Past appointments the order page shows, newest first; the rest are on {@code /orders/{id}/appointments}. */
    static final int PAST_SHOWN = 10;

    /**
     * What {@code compliance/order-sections :: appointments} shows: every upcoming appointment, the latest
     * {@link #PAST_SHOWN} past ones, and how many past ones there are in all.
     */
    public record AppointmentsModel(
            Long orderId,
            List<Cell> head,
            List<List<Cell>> upcoming,
            List<List<Cell>> past,
            int pastCount,
            long overdue,
            List<String> barrierHighlights,
            boolean canChange) {

        public boolean morePast() {
            return pastCount > past.size();
        }
    }

    /** What {@code compliance/order-sections :: drugTests} shows. */
    public record DrugTestsModel(Long orderId, List<Cell> head, List<List<Cell>> rows, boolean canChange) {}

    /** What {@code compliance/order-sections :: enforcement} shows. */
    public record EnforcementModel(
            Long orderId,
            ComplianceTag tag,
            boolean breachRequired,
            boolean decisionAwaited,
            List<Cell> head,
            List<List<Cell>> rows,
            boolean canChange) {}

    @Bean
    OrderPageSection<AppointmentsModel> appointmentsSection(
            Appointments appointments,
            Enforcement enforcement,
            ChecklistService checklists,
            CompliancePages pages,
            Clock clock) {
        return new Section<>(50, "appointments", "Appointments", "compliance/order-sections :: appointments") {
            @Override
            public AppointmentsModel model(OrderSummary order, boolean canChange, SignedInUser user) {
                List<Appointment> all = appointments.forOrder(order, user);
                List<EnforcementAction> actions = enforcement
                        .withFailures(order.id(), order.personId(), user)
                        .actions();
                var now = clock.instant();
                // One pass: an order runs to 50 to 150 appointments, and asking the upcoming list for each of them
                // made the split quadratic.
                Map<Boolean, List<Appointment>> split = all.stream()
                        .collect(Collectors.partitioningBy(
                                a -> a.getOutcome() == null && !a.getStartsAt().isBefore(now)));
                List<Appointment> upcoming = split.get(true);
                List<Appointment> past = new ArrayList<>(split.get(false));
                Collections.reverse(past);
                // An order of a year or more has a hundred past appointments: the page shows the latest and links
                // to the rest a page at a time, and counts overdue outcomes over all of them.
                return new AppointmentsModel(
                        order.id(),
                        CompliancePages.APPOINTMENT_HEAD,
                        pages.appointmentRows(upcoming, actions, canChange),
                        pages.appointmentRows(past.subList(0, Math.min(PAST_SHOWN, past.size())), actions, canChange),
                        past.size(),
                        past.stream().filter(a -> a.overdue(now)).count(),
                        pages.barrierHighlights(all, checklists.presentBarriers(order.id())),
                        canChange);
            }
        };
    }

    @Bean
    OrderPageSection<DrugTestsModel> drugTestsSection(DrugTests tests, CompliancePages pages) {
        return new Section<>(60, "drug-tests", "Drug tests", "compliance/order-sections :: drugTests") {
            @Override
            public DrugTestsModel model(OrderSummary order, boolean canChange, SignedInUser user) {
                return new DrugTestsModel(
                        order.id(),
                        CompliancePages.DRUG_TEST_HEAD,
                        pages.drugTestRows(tests.forOrder(order, user)),
                        canChange);
            }
        };
    }

    @Bean
    OrderPageSection<EnforcementModel> enforcementSection(
            Enforcement enforcement, ComplianceSummaries summaries, CompliancePages pages) {
        return new Section<>(70, "enforcement", "Enforcement", "compliance/order-sections :: enforcement") {
            @Override
            public EnforcementModel model(OrderSummary order, boolean canChange, SignedInUser user) {
                Enforcement.ActionsAndFailures found = enforcement.withFailures(order.id(), order.personId(), user);
                OrderCompliance compliance = summaries.order(order.id());
                return new EnforcementModel(
                        order.id(),
                        compliance.tag(),
                        compliance.breachRequired(),
                        compliance.decisionAwaited(),
                        CompliancePages.ENFORCEMENT_HEAD,
                        pages.enforcementRows(
                                found.actions(), found.failures(), enforcement.warningLetterDeadlines(), canChange),
                        canChange);
            }
        };
    }

    /** The fixed parts of a section; the model is each bean's own. */
    abstract static class Section<M> implements OrderPageSection<M> {

        private final int position;
        private final String id;
        private final String title;
        private final String fragment;

        Section(int position, String id, String title, String fragment) {
            this.position = position;
            this.id = id;
            this.title = title;
            this.fragment = fragment;
        }

        @Override
        public int position() {
            return position;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public String fragment() {
            return fragment;
        }
    }
}
