package org.throughcare;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small helpers for tests that read rendered pages: the page title and text without HTML escaping, links,
 * and flash attributes.
 */
public final class TestPages {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");

    private TestPages() {}

    /**
     * A flash attribute as the redirect before this request would have left it. Spring Session keeps flash
     * maps in the real session, which MockMvc's own {@code flashAttr} cannot reach, so this hands the map to
     * the dispatcher directly.
     */
    public static RequestPostProcessor flash(String name, Object value) {
        return flash(Map.of(name, value));
    }

    /** Every flash attribute a redirect left, e.g. {@code MvcResult.getFlashMap()}. */
    public static RequestPostProcessor flash(Map<String, ?> attributes) {
        return request -> {
            request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.copyOf(attributes));
            return request;
        };
    }

    /** The text of the page's {@code <title>}, unescaped. */
    public static String title(String html) {
        Matcher matcher = TITLE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No <title> in page:\n" + html);
        }
        return HtmlUtils.htmlUnescape(matcher.group(1)).trim();
    }

    /** The page with HTML entities unescaped, for looking for messages such as "the user's". */
    public static String text(String html) {
        return HtmlUtils.htmlUnescape(html);
    }

    /** The href of the first link whose opening tag contains the given attribute text, e.g. {@code rel="next"}. */
    public static String linkHref(String html, String marker) {
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            if (link.group().contains(marker)) {
                Matcher href = HREF.matcher(link.group());
                if (href.find()) {
                    return HtmlUtils.htmlUnescape(href.group(1));
                }
            }
        }
        return null;
    }

    /** Every href of links with the given attribute text. */
    public static List<String> linkHrefs(String html, String marker) {
        List<String> hrefs = new ArrayList<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            if (link.group().contains(marker)) {
                Matcher href = HREF.matcher(link.group());
                if (href.find()) {
                    hrefs.add(HtmlUtils.htmlUnescape(href.group(1)));
                }
            }
        }
        return hrefs;
    }
}
