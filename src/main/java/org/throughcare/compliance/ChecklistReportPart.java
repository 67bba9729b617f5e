package org.throughcare.compliance;

import org.springframework.stereotype.Component;
import org.throughcare.order.OrderSummary;
import org.throughcare.order.ProgressReportContribution;
import org.throughcare.order.ProgressReportPart;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.List;

/** The progress report's "checklist changes": each revision made since the last review, with what changed. */
@Component
class ChecklistReportPart implements ProgressReportContribution {

    private final ChecklistService checklists;

    ChecklistReportPart(ChecklistService checklists) {
        this.checklists = checklists;
    }

    @Override
    public int position() {
        return 60;
    }

    @Override
    public List<ProgressReportPart> parts(OrderSummary order, LocalDate since, LocalDate until, SignedInUser user) {
        return List.of(ProgressReportPart.text(
                "Compliance checklist changes",
                checklists.changesSinceOfCheckedOrder(order.id(), since),
                "The compliance checklist has not changed since the last review."));
    }
}
