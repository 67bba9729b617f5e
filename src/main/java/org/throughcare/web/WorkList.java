package org.throughcare.web;

import java.util.List;

/**
 * One list of work on a home page: a title with the total, the first rows, and a link to the whole list. Shown
 * with {@code fragments/components :: workList(work=${...})}; any module's home page can show any module's lists.
 *
 * @param showAllHref the page with the whole list, sortable and paginated
 */
public record WorkList(
        String title, String empty, List<Cell> head, List<List<Cell>> rows, long total, String showAllHref) {}
