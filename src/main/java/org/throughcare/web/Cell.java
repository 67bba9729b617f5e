package org.throughcare.web;

import org.springframework.web.util.HtmlUtils;

/** One table cell: plain text, a link, or a tag; numbers are right-aligned. */
public record Cell(String text, String href, String tagColour, boolean numeric) {

    private static final String CELL = "govuk-table__cell";
    private static final String NUMERIC_CELL = CELL + " govuk-table__cell--numeric";

    public static Cell text(Object text) {
        return new Cell(text == null ? "" : String.valueOf(text), null, null, false);
    }

    public static Cell number(Number number) {
        return new Cell(String.valueOf(number), null, null, true);
    }

    public static Cell link(String text, String href) {
        return new Cell(text, href, null, false);
    }

    public static Cell tag(String text, String colour) {
        return new Cell(text, null, colour, false);
    }

    /** The {@code td}'s class attribute. */
    public String cssClass() {
        return numeric ? NUMERIC_CELL : CELL;
    }

    /**
     * The cell's content as HTML, with text and link escaped as {@code th:text} and {@code th:href} would. The table
     * fragment writes this with one expression per cell: choosing between link, tag and text in the template took
     * six expressions a cell, and a page of tables spent a third of its rendering time evaluating them. The href is
     * written as given, as {@code @{...}} writes a path from the root: the application is served from the root.
     */
    public String html() {
        String escaped = escape(text);
        if (href != null) {
            return "<a class=\"govuk-link\" href=\"" + escape(href) + "\">" + escaped + "</a>";
        }
        if (tagColour != null) {
            return "<strong class=\"govuk-tag govuk-tag--" + escape(tagColour) + "\">" + escaped + "</strong>";
        }
        return escaped;
    }

    private static String escape(String value) {
        // UTF-8: only the markup-significant characters (<, >, &, " and ') become references, as th:text writes them.
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
