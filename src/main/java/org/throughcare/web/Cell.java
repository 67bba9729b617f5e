package org.throughcare.web;

/** One table cell: plain text, a link, or a tag; numbers are right-aligned. */
public record Cell(String text, String href, String tagColour, boolean numeric) {

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
}
