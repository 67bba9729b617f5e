package org.throughcare.web;

import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * What the GOV.UK pagination component needs for one page of results: links that keep the current
 * filters, the first and last pages, the pages either side of this one and ellipses between.
 */
public record PageLinks(
        long totalElements, int totalPages, String summary, String previousHref, String nextHref, List<Item> items) {

    public record Item(Integer number, String href, boolean current, boolean ellipsis) {}

    /** Links relative to the current request, replacing only its {@code page} parameter (1-based). */
    public static PageLinks of(Page<?> page) {
        return of(page, ServletUriComponentsBuilder.fromCurrentRequest());
    }

    static PageLinks of(Page<?> page, UriComponentsBuilder base) {
        int current = page.getNumber() + 1;
        int total = page.getTotalPages();
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            boolean show = n == 1 || n == total || Math.abs(n - current) <= 1;
            if (!show) {
                continue;
            }
            if (last > 0 && n - last > 1) {
                items.add(new Item(null, null, false, true));
            }
            items.add(new Item(n, href(base, n), n == current, false));
            last = n;
        }
        long from = page.getTotalElements() == 0 ? 0 : (long) page.getNumber() * page.getSize() + 1;
        long to = from == 0 ? 0 : from + page.getNumberOfElements() - 1;
        // GOV.UK style writes numbers over 999 with commas: "of 78,886 results".
        String summary = String.format(
                Locale.UK,
                "Showing %,d to %,d of %,d %s",
                from,
                to,
                page.getTotalElements(),
                page.getTotalElements() == 1 ? "result" : "results");
        return new PageLinks(
                page.getTotalElements(),
                total,
                summary,
                page.hasPrevious() ? href(base, current - 1) : null,
                page.hasNext() ? href(base, current + 1) : null,
                items);
    }

    private static String href(UriComponentsBuilder base, int number) {
        UriComponentsBuilder builder = base.cloneBuilder().replaceQueryParam("page", number);
        UriComponents uri;
        try {
            // The current request's path and query string arrive percent-encoded already; encoding them again
            // would turn q=O%27Brien into q=O%2527Brien and the next page would search for something else.
            uri = builder.build(true);
        } catch (IllegalArgumentException notEncoded) {
            uri = builder.build().encode();
        }
        return uri.toUriString().replaceFirst("^https?://[^/]+", "");
    }

    /**
     * Runs a paged query for the 1-based page a link asked for, clamped to the last page: a page number
     * beyond the end (typed, or left over after rows went away) shows the last page, never an empty one.
     */
    public static <T> Page<T> fetch(Integer page, IntFunction<Page<T>> query) {
        return clamp(index(page), query);
    }

    /** As {@link #fetch}, for a 0-based page index. */
    public static <T> Page<T> clamp(int index, IntFunction<Page<T>> query) {
        Page<T> result = query.apply(index);
        if (result.getNumberOfElements() == 0
                && result.getTotalPages() > 0
                && result.getNumber() >= result.getTotalPages()) {
            return query.apply(result.getTotalPages() - 1);
        }
        return result;
    }

    /** Turns a 1-based page parameter from a link into a safe 0-based page index. */
    public static int index(Integer page) {
        return page == null || page < 1 ? 0 : Math.min(page - 1, 100_000);
    }
}
