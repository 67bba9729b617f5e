package org.throughcare.order;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.database.ReadOnlyRows;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.SignedInUser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * An order's page: the heading and status, then every section any module contributes ({@link OrderPageSection}),
 * built in one transaction with the scope check and the audited view.
 */
@Component
class OrderPages {

    /** A section with its model built, ready for its fragment. */
    public record Section(String id, String title, String fragment, Object model) {}

    private final OrderDirectory directory;
    private final PersonLookup people;
    private final AuditService audit;
    private final Clock clock;
    private final ReadOnlyRows readOnly;
    private final List<OrderPageSection<?>> sections;

    OrderPages(
            OrderDirectory directory,
            PersonLookup people,
            AuditService audit,
            Clock clock,
            ReadOnlyRows readOnly,
            List<OrderPageSection<?>> sections) {
        this.directory = directory;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.readOnly = readOnly;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(OrderPageSection::position))
                .toList();
    }

    @Transactional
    void addTo(Model model, Long orderId, SignedInUser user) {
        // The audit line first, so that everything after it, the order included, is read once for the page's
        // sections (ReadOnlyRows); a view the scope check refuses rolls back with the line.
        audit.record(AuditAction.VIEW, OrderService.ORDER, orderId, null);
        readOnly.fromNowOn();
        OrderSummary order = directory.order(orderId, user);
        boolean canChange = directory.allowsChange(order, user).isAllowed();
        OrderStatus status = order.status(LocalDate.now(clock));
        model.addAttribute("order", order);
        model.addAttribute("personName", people.name(order.personId(), user));
        model.addAttribute("status", status);
        model.addAttribute("canChange", canChange);
        model.addAttribute(
                "sections",
                sections.stream()
                        .filter(section -> section.shownTo(user))
                        .map(section -> new Section(
                                section.id(),
                                section.title(),
                                section.fragment(),
                                section.model(order, canChange, user)))
                        .toList());
    }
}
