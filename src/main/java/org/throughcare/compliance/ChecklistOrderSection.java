package org.throughcare.compliance;

import org.springframework.stereotype.Component;
import org.throughcare.order.OrderPageSection;
import org.throughcare.order.OrderSummary;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.util.List;

/**
 * The compliance checklist on the order page: the latest revision and the person's agreement, the barriers present
 * with their strategies, whether the checklist is due and whether the person is at higher risk of non-compliance.
 */
@Component
class ChecklistOrderSection implements OrderPageSection<ChecklistOrderSection.Model> {

    /** What compliance/checklist-section shows. */
    public record Model(
            Long orderId,
            String latestHeading,
            String agreement,
            List<SummaryRow> present,
            ChecklistStatus status,
            boolean canChange,
            boolean canCompare) {}

    private final ChecklistService checklists;

    ChecklistOrderSection(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @Override
    public int position() {
        return 55;
    }

    @Override
    public String id() {
        return "checklist";
    }

    @Override
    public String title() {
        return "Compliance checklist";
    }

    @Override
    public String fragment() {
        return "compliance/checklist-section :: section";
    }

    @Override
    public boolean shownTo(SignedInUser user) {
        return RoleGroup.PROBATION_OFFICERS_AND_MANAGERS.includes(user.role());
    }

    @Override
    public Model model(OrderSummary order, boolean canChange, SignedInUser user) {
        Checklist latest = checklists.latestOfCheckedOrder(order.id()).orElse(null);
        return new Model(
                order.id(),
                latest == null ? null : ChecklistPages.heading(latest),
                latest == null
                        ? null
                        : latest.isPersonAgreed()
                                ? "The person agreed on " + Formats.ukDate(latest.getAgreedOn())
                                : "The person has not agreed",
                latest == null
                        ? List.of()
                        : latest.presentBarriers().stream()
                                .map(line -> SummaryRow.of(line.getBarrier().label(), line.getStrategy()))
                                .toList(),
                checklists.status(order.id()),
                canChange && RoleGroup.PROBATION_OFFICERS.includes(user.role()),
                latest != null && latest.getRevision() > 1);
    }
}
