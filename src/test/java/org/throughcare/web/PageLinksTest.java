package org.throughcare.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Collections;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

    static final UriComponentsBuilder USERS = UriComponentsBuilder.fromUriString("/admin/users");

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @ParameterizedTest(name = "page {0} of {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1  | 1  | [1]",
                "1  | 2  | [1] 2",
                "1  | 3  | [1] 2 3",
                "2  | 3  | 1 [2] 3",
                "3  | 3  | 1 2 [3]",
                "1  | 10 | [1] 2 … 10",
                "2  | 10 | 1 [2] 3 … 10",
                "3  | 10 | 1 2 [3] 4 … 10",
                "5  | 10 | 1 … 4 [5] 6 … 10",
                "8  | 10 | 1 … 7 [8] 9 10",
                "9  | 10 | 1 … 8 [9] 10",
                "10 | 10 | 1 … 9 [10]",
            })
    void showsTheFirstLastAndNeighbouringPagesWithEllipsesBetween(int current, int totalPages, String expected) {
        PageLinks links = PageLinks.of(page(current, 10, totalPages * 10L), USERS);

        assertThat(render(links)).isEqualTo(expected);
        assertThat(links.totalPages()).isEqualTo(totalPages);
        links.items().stream()
                .filter(item -> !item.ellipsis())
                .forEach(item -> assertThat(item.href()).isEqualTo("/admin/users?page=" + item.number()));
        links.items().stream().filter(PageLinks.Item::ellipsis).forEach(item -> {
            assertThat(item.href()).isNull();
            assertThat(item.number()).isNull();
            assertThat(item.current()).isFalse();
        });
    }

    @ParameterizedTest(name = "page {0}: previous {1}, next {2}")
    @CsvSource(
            nullValues = "none",
            value = {
                "1,  none,                  /admin/users?page=2",
                "5,  /admin/users?page=4,   /admin/users?page=6",
                "10, /admin/users?page=9,   none",
            })
    void previousAndNextLinks(int current, String previous, String next) {
        PageLinks links = PageLinks.of(page(current, 10, 100), USERS);
        assertThat(links.previousHref()).isEqualTo(previous);
        assertThat(links.nextHref()).isEqualTo(next);
    }

    @ParameterizedTest(name = "page {0} of size {1}, {2} in all: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 | 25 | 80 | Showing 1 to 25 of 80 results",
                "2 | 25 | 80 | Showing 26 to 50 of 80 results",
                "4 | 25 | 80 | Showing 76 to 80 of 80 results",
                "1 | 25 | 1  | Showing 1 to 1 of 1 result",
                "1 | 25 | 0  | Showing 0 to 0 of 0 results",
                "1 | 50 | 50 | Showing 1 to 50 of 50 results",
                "41 | 25 | 78886 | Showing 1,001 to 1,025 of 78,886 results",
            })
    void summarisesWhichResultsAreShown(int current, int size, long total, String summary) {
        PageLinks links = PageLinks.of(page(current, size, total), USERS);
        assertThat(links.summary()).isEqualTo(summary);
        assertThat(links.totalElements()).isEqualTo(total);
    }

    @Test
    void noResultsMeansNoPageLinks() {
        PageLinks links = PageLinks.of(page(1, 25, 0), USERS);
        assertThat(links.items()).isEmpty();
        assertThat(links.previousHref()).isNull();
        assertThat(links.nextHref()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/admin/users?q=smith                      | /admin/users?q=smith&page=3",
                "/admin/users?q=smith&page=1               | /admin/users?q=smith&page=3",
                "/admin/users?page=9&q=smith               | /admin/users?q=smith&page=3",
                "http://localhost:8080/admin/audit?actor=x | /admin/audit?actor=x&page=3",
                "https://example.org/admin/audit?a=1&b=2   | /admin/audit?a=1&b=2&page=3",
            })
    void keepsTheOtherQueryParametersAndDropsTheHost(String current, String expected) {
        PageLinks links = PageLinks.of(page(2, 10, 100), UriComponentsBuilder.fromUriString(current));
        assertThat(links.nextHref()).isEqualTo(expected);
    }

    /** What the application really passes: the current request, whose query string the browser has encoded. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "q=O%27Brien                 | /admin/users?q=O%27Brien&page=2",
                "q=anne+marie&page=1         | /admin/users?q=anne+marie&page=2",
                "q=a%2Bb                     | /admin/users?q=a%2Bb&page=2",
                "q=M%26S                     | /admin/users?q=M%26S&page=2",
                "q=Zo%C3%AB                  | /admin/users?q=Zo%C3%AB&page=2",
            })
    void keepsEncodedParametersExactlyAsTheBrowserSentThem(String queryString, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin/users");
        request.setQueryString(queryString);

        assertThat(PageLinks.of(page(1, 10, 100), ServletUriComponentsBuilder.fromRequest(request))
                        .nextHref())
                .isEqualTo(expected);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        assertThat(PageLinks.of(page(1, 10, 100)).nextHref()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "page={0} -> index {1}")
    @CsvSource(
            nullValues = "none",
            value = {
                "none, 0",
                "-3, 0",
                "0, 0",
                "1, 0",
                "2, 1",
                "100001, 100000",
                "2147483647, 100000",
            })
    void turnsAPageParameterIntoASafeIndex(Integer page, int index) {
        assertThat(PageLinks.index(page)).isEqualTo(index);
    }

    private static Page<String> page(int current, int size, long total) {
        long remaining = Math.max(0, total - (long) (current - 1) * size);
        int onThisPage = (int) Math.min(size, remaining);
        return new PageImpl<>(Collections.nCopies(onThisPage, "row"), PageRequest.of(current - 1, size), total);
    }

    private static String render(PageLinks links) {
        return links.items().stream()
                .map(item -> item.ellipsis()
                        ? "…"
                        : item.current() ? "[" + item.number() + "]" : String.valueOf(item.number()))
                .collect(Collectors.joining(" "));
    }
}
