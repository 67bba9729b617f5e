package org.throughcare.person;

import org.throughcare.web.SummaryRow;

import java.util.List;

/**
 * What the person page shows of a section that has its own page: a few rows from one aggregate statement, a link
 * to the whole section ({@code /people/{id}/{section id}}) and the section's actions. The person page stays the
 * same size however long a person's history grows; the full tables are one click away.
 *
 * @param rows the summary list, e.g. how many drug tests and the latest one
 * @param viewAll the text of the link to the whole section, e.g. "All 12 drug tests"; null when there is nothing more
 *     to see
 * @param actions what the user may start from here, shown as secondary buttons (e.g. "Record a drug test")
 */
public record PersonSectionSummary(List<SummaryRow> rows, String viewAll, List<Action> actions) {

    /** A button to start something from the section. */
    public record Action(String text, String href) {}
}
