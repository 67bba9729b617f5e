package org.throughcare.web;

/** One row of a GOV.UK summary list; the action link is optional. */
public record SummaryRow(String key, String value, String actionHref, String actionText) {

    public static SummaryRow of(String key, Object value) {
        return new SummaryRow(key, value == null ? "" : String.valueOf(value), null, null);
    }
}
