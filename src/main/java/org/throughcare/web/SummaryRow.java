package org.throughcare.web;

import org.springframework.web.util.HtmlUtils;

import java.util.Locale;

/** One row of a GOV.UK summary list; the action link is optional. */
public record SummaryRow(String key, String value, String actionHref, String actionText) {

    private static final String ROW = "govuk-summary-list__row";
    private static final String ROW_WITHOUT_ACTIONS = ROW + " govuk-summary-list__row--no-actions";

    public static SummaryRow of(String key, Object value) {
        return new SummaryRow(key, value == null ? "" : String.valueOf(value), null, null);
    }

    /** The row's class attribute: GOV.UK's summary list marks rows that have no action. */
    public String cssClass() {
        return actionHref == null ? ROW_WITHOUT_ACTIONS : ROW;
    }

    /**
     * The row's key, value and action as HTML, escaped as {@code th:text} and {@code th:href} would: the summary list
     * fragment writes it with one expression a row, as the table fragment does with {@link Cell#html()}. The action
     * link's text ends with the key, visually hidden, so that "Change" says what it changes.
     */
    public String html() {
        StringBuilder html = new StringBuilder(160)
                .append("<dt class=\"govuk-summary-list__key\">")
                .append(escape(key))
                .append("</dt><dd class=\"govuk-summary-list__value\">")
                .append(escape(value))
                .append("</dd>");
        if (actionHref != null) {
            html.append("<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"")
                    .append(escape(actionHref))
                    .append("\">")
                    .append(escape(actionText == null ? "Change" : actionText))
                    .append("<span class=\"govuk-visually-hidden\"> ")
                    .append(escape(key == null ? "" : key.toLowerCase(Locale.UK)))
                    .append("</span></a></dd>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
