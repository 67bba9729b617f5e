package org.throughcare.order;

import org.throughcare.web.Cell;

import java.util.List;

/**
 * One titled part of a progress report: a table (head and rows) and/or lines of text. {@code emptyText} is shown
 * when there are neither rows nor lines, so the court reads "none" rather than a blank.
 */
public record ProgressReportPart(
        String title, List<Cell> head, List<List<Cell>> rows, List<String> lines, String emptyText) {

    public static ProgressReportPart table(String title, List<Cell> head, List<List<Cell>> rows, String emptyText) {
        return new ProgressReportPart(title, head, rows, List.of(), emptyText);
    }

    public static ProgressReportPart text(String title, List<String> lines, String emptyText) {
        return new ProgressReportPart(title, List.of(), List.of(), lines, emptyText);
    }

    public boolean isEmpty() {
        return rows.isEmpty() && lines.isEmpty();
    }
}
