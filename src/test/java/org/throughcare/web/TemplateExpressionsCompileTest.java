package org.throughcare.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.throughcare.OwnDatabase;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

import java.lang.reflect.Field;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Rendering is most of a page's cost, and a template expression SpEL cannot compile runs in its interpreter, several
 * times slower (the page benchmark's profile: a third of the person page's time). SpEL compiles an expression only when
 * every type it touches is public, and no bean reference ({@code @bean}), collection selection or arithmetic on mixed
 * types is in it; Thymeleaf shares one compiled expression between every template with the same text, so an
 * expression that meets two types falls back to the interpreter. This test walks every page each demo user reaches
 * and, on the pages users open most (those {@code bench/pages.sh} measures), compiles every expression the page
 * evaluated, renders the page again and checks that each still runs compiled.
 *
 * <p>The fix is nearly always one of: make the view model type public (a record nested in a package-private class
 * is enough); give a fragment's model its own variable name ({@code th:with="orders=${model}"}); move operators out
 * of {@code ${...}} into Thymeleaf's own expression ({@code ${a} and !${b}}, {@code '/people/' + ${id}}); use
 * {@code #formats} rather than {@code @formats}. It also checks that Thymeleaf's caches hold every page at once
 * ({@link TemplateCaches}).
 */
@OwnDatabase
@SpringBootTest(properties = {"throughcare.demo.enabled=true", "throughcare.demo.people=12"})
@AutoConfigureMockMvc
class TemplateExpressionsCompileTest {

    static final int MAX_PAGES_PER_ROLE = 120;
    static final int PAGES_PER_SHAPE = 2;

    /** The pages bench/pages.sh measures, by shape (numbers as #). */
    static final Set<String> MEASURED = Set.of(
            "/people",
            "/people?q=a",
            "/people/#",
            "/people/#/custody",
            "/people/#/timeline",
            "/custody",
            "/caseload",
            "/cases/#",
            "/custody/events/#",
            "/referrals",
            "/referrals?list=in-progress",
            "/liaison",
            "/probation",
            "/orders/#",
            "/reviews/#",
            "/treatment",
            "/manager");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    @Autowired
    SpringTemplateEngine engine;

    /** Expression text, with "(types differ)" when it compiled but fell back on the next view, to the pages. */
    final Map<String, Set<String>> interpreted = new TreeMap<>();

    final Set<String> measured = new TreeSet<>();
    final Map<Role, List<String>> visited = new HashMap<>();

    @Test
    void everyExpressionOnThePagesUsersOpenMostRunsCompiled() throws Exception {
        for (Role role : Role.values()) {
            SignedInUser as = directory.signedInUser(DemoUsernames.of(role)).orElseThrow();
            visited.put(role, crawl(as));
        }

        assertThat(measured)
                .as("measured pages reached")
                .contains("/people", "/people/#", "/people/#/timeline", "/custody", "/orders/#", "/reviews/#");
        assertThat(interpreted)
                .as("expressions left to SpEL's interpreter, by page")
                .isEmpty();
    }

    @Test
    void thymeleafsCachesHoldEveryPageAtOnce() throws Exception {
        for (Role role : Role.values()) {
            visited.put(
                    role, crawl(directory.signedInUser(DemoUsernames.of(role)).orElseThrow()));
        }
        ICacheManager caches = engine.getConfiguration().getCacheManager();
        caches.clearAllCaches();
        int pages = 0;
        for (Role role : Role.values()) {
            SignedInUser as = directory.signedInUser(DemoUsernames.of(role)).orElseThrow();
            for (String url : visited.get(role)) {
                mvc.perform(get(URI.create(url)).with(user(as))).andReturn();
                pages++;
            }
        }

        assertThat(pages).isGreaterThan(200);
        // A full cache stays just under its maximum as it evicts, so ask for room to spare: the walk fills about 560
        // template entries and 2,100 expression entries (Thymeleaf's defaults are 200 and 500).
        assertThat(caches.getTemplateCache().keySet()).hasSizeLessThan(TemplateCaches.TEMPLATES / 2);
        assertThat(caches.getExpressionCache().keySet()).hasSizeLessThan(TemplateCaches.EXPRESSIONS / 2);
    }

    /** Every page reachable from the user's home page (a few of each kind); checks the measured ones. */
    private List<String> crawl(SignedInUser as) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(as.role().homePath(), "/", "/people?q=a"));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perShape = new HashMap<>();
        while (!queue.isEmpty() && seen.size() < MAX_PAGES_PER_ROLE) {
            String url = queue.poll();
            String shape = url.replaceAll("\\d+", "#");
            if (seen.contains(url) || perShape.getOrDefault(shape, 0) >= PAGES_PER_SHAPE) {
                continue;
            }
            seen.add(url);
            perShape.merge(shape, 1, Integer::sum);
            MvcResult page = MEASURED.contains(shape) ? checkExpressions(as, url, shape) : view(as, url);
            String type = page.getResponse().getContentType();
            if (page.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            for (Element link :
                    Jsoup.parse(page.getResponse().getContentAsString()).select("a[href]")) {
                String href = link.attr("href").replaceFirst("#.*", "");
                if (href.startsWith("/")
                        && !href.startsWith("//")
                        && !href.startsWith("/sign-out")
                        && !href.startsWith("/webjars")
                        && !href.startsWith("/assets")) {
                    queue.add(href);
                }
            }
        }
        return new ArrayList<>(seen);
    }

    /**
     * Views the page with empty caches (so only its own expressions are there, with the types it gave them), compiles
     * each, views it again and looks for any that fell back to the interpreter.
     */
    private MvcResult checkExpressions(SignedInUser as, String url, String shape) throws Exception {
        engine.getConfiguration().getCacheManager().clearAllCaches();
        MvcResult page = view(as, url);
        if (page.getResponse().getStatus() != 200) {
            return page;
        }
        measured.add(shape);
        Set<SpelExpression> compiled = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SpelExpression expression : expressions()) {
            if (expression.compileExpression()) {
                compiled.add(expression);
            } else {
                interpreted
                        .computeIfAbsent(expression.getExpressionString(), e -> new TreeSet<>())
                        .add(shape);
            }
        }
        view(as, url);
        Field compiledAst = SpelExpression.class.getDeclaredField("compiledAst");
        compiledAst.setAccessible(true);
        for (SpelExpression expression : expressions()) {
            if (compiled.contains(expression) && compiledAst.get(expression) == null) {
                interpreted
                        .computeIfAbsent("(types differ) " + expression.getExpressionString(), e -> new TreeSet<>())
                        .add(shape);
            }
        }
        return page;
    }

    private MvcResult view(SignedInUser as, String url) throws Exception {
        return mvc.perform(get(URI.create(url)).with(user(as))).andReturn();
    }

    /** The SpEL expressions in Thymeleaf's expression cache. */
    private List<SpelExpression> expressions() throws ReflectiveOperationException {
        var cache = engine.getConfiguration().getCacheManager().getExpressionCache();
        List<SpelExpression> found = new ArrayList<>();
        for (ExpressionCacheKey key : cache.keySet()) {
            Object cached = cache.get(key);
            // Thymeleaf's holder of a SpEL expression is package-private.
            if (cached != null && cached.getClass().getSimpleName().equals("ComputedSpelExpression")) {
                Field field = cached.getClass().getDeclaredField("expression");
                field.setAccessible(true);
                found.add((SpelExpression) field.get(cached));
            }
        }
        return found;
    }
}
