package org.throughcare.order;

import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.List;

/**
 * A part of the written progress report sent to the court before a review. The order module writes the order's
 * own parts (the order, the last review, the treatment provider's view); the compliance module adds attendance
 * and compliance, drug test results and checklist changes for the period since the last review.
 */
public interface ProgressReportContribution {

    /** Position in the report; lower first. The order module's own parts take 10 and 90. */
    int position();

    /** The parts for the period from {@code since} (exclusive of nothing: the day of the last review) to {@code until}. */
    List<ProgressReportPart> parts(OrderSummary order, LocalDate since, LocalDate until, SignedInUser user);
}
