package org.throughcare.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.throughcare.OwnDatabase;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A form fuzzer. As each demo user in turn (administrator last: their forms change accounts), it walks every
 * page it can reach from the home page, finds every form, fills it in validly, and submits it again and again
 * with one field replaced by a bad value: empty, huge, NUL, script, SQL, out-of-range numbers, unknown ids,
 * unknown choices, list indexes beyond the form. No answer may be a server error or show a stack trace.
 * Runs on a database of its own in demo mode, so what it creates disturbs no other test.
 */
@OwnDatabase
@SpringBootTest(properties = {"throughcare.demo.enabled=true", "throughcare.demo.people=25"})
@AutoConfigureMockMvc
class FormFuzzTest {

    static final int MAX_PAGES_PER_ROLE = 150;
    static final int PAGES_PER_SHAPE = 8;
    /** For fields the user types into. */
    static final List<String> BAD_TEXT = List.of(
            "",
            "   ",
            "x".repeat(10_000),
            "a\u0000b",
            "<script>alert('x')</script>",
            "' or 1=1; drop table person; --",
            "-1",
            "2147483648",
            "99999999999999999999",
            "1.5",
            "Zoë 🙂");
    /** For fields the user chooses from (selects, radios, checkboxes, hidden ids): what a tampered request sends. */
    static final List<String> BAD_CHOICES = List.of("", "ROBOT", "-1", "999999999", "2147483648", "a\u0000b");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDirectory directory;

    static final String VALID = "valid values";

    final List<String> failures = new ArrayList<>();
    /** Where valid submissions led: what they saved opens further forms, so the next pass starts there. */
    final Deque<String> followUps = new ArrayDeque<>();

    final Set<String> formsFuzzed = new LinkedHashSet<>();
    int requests;

    @Test
    void noFormAnswersWithAServerErrorWhateverIsTypedIntoIt() throws Exception {
        for (Role role : List.of(
                Role.CUSTODY_WORKER,
                Role.LIAISON_DIVERSION,
                Role.PROBATION_OFFICER,
                Role.TREATMENT_WORKER,
                Role.MANAGER,
                Role.ADMIN)) {
            SignedInUser as = directory.signedInUser(DemoUsernames.of(role)).orElseThrow();
            // Again while there is something new: what the valid submissions saved opens further forms (a
            // positive test recorded offers booking an assessment, a booking offers recording its outcome).
            for (int pass = 1, found = 1; pass <= 4 && found > 0; pass++) {
                found = 0;
                for (Form form : crawl(as)) {
                    if (formsFuzzed.add(form.method() + " " + shape(form.action()))) {
                        fuzz(as, form);
                        found++;
                    }
                }
            }
        }
        System.out.printf(
                "Form fuzzer: %d forms, %d requests, %d failures%n", formsFuzzed.size(), requests, failures.size());
        formsFuzzed.forEach(form -> System.out.println("  fuzzed " + form));
        assertThat(formsFuzzed).as("forms reached").hasSizeGreaterThanOrEqualTo(25);
        assertThat(failures).as("server errors").isEmpty();
    }

    /** Every page reachable from the user's home page (a few of each kind), and the forms on them. */
    private List<Form> crawl(SignedInUser as) throws Exception {
        Deque<String> queue = new ArrayDeque<>(followUps);
        followUps.clear();
        queue.addAll(List.of(as.role().homePath(), "/"));
        if (as.role().worker() || as.role() == Role.MANAGER) {
            queue.add("/people?q=a");
        }
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perShape = new HashMap<>();
        List<Form> forms = new ArrayList<>();
        int fetched = 0;
        while (!queue.isEmpty() && fetched < MAX_PAGES_PER_ROLE) {
            String url = queue.poll();
            if (seen.contains(url) || perShape.getOrDefault(shape(url), 0) >= PAGES_PER_SHAPE) {
                continue;
            }
            seen.add(url);
            perShape.merge(shape(url), 1, Integer::sum);
            fetched++;
            MvcResult page = check(as, "GET " + url, get(URI.create(url)));
            if (page.getResponse().getStatus() != 200
                    || page.getResponse().getContentType() == null
                    || !page.getResponse().getContentType().startsWith("text/html")) {
                continue;
            }
            Document html = Jsoup.parse(page.getResponse().getContentAsString(), "http://localhost" + url);
            for (Element link : html.select("a[href]")) {
                String href = link.attr("href").replaceFirst("#.*", "");
                if (href.startsWith("/") && !href.startsWith("//") && followable(href)) {
                    queue.add(href);
                }
            }
            for (Element form : html.select("form")) {
                forms.add(Form.of(form, url));
            }
        }
        return forms;
    }

    private void fuzz(SignedInUser as, Form form) throws Exception {
        if (form.action().startsWith("/sign-out")) {
            return;
        }
        Map<String, List<String>> valid = form.validValues();
        submit(as, form, valid, VALID);
        for (String field : valid.keySet()) {
            for (String bad : form.fields().get(field).typed() ? BAD_TEXT : BAD_CHOICES) {
                Map<String, List<String>> values = new LinkedHashMap<>(valid);
                values.put(field, List.of(bad));
                submit(as, form, values, field + "=" + printable(bad));
            }
        }
        for (String list : form.multiValued()) {
            Map<String, List<String>> values = new LinkedHashMap<>(valid);
            values.put(list + "[5000]", List.of("ROBOT"));
            submit(as, form, values, list + "[5000]");
        }
        Map<String, List<String>> extra = new LinkedHashMap<>(valid);
        extra.put("id", List.of("1"));
        extra.put("version", List.of("-1"));
        extra.put("unknown.nested.path", List.of("x"));
        submit(as, form, extra, "extra fields");
    }

    private void submit(SignedInUser as, Form form, Map<String, List<String>> values, String what) throws Exception {
        MockHttpServletRequestBuilder request = form.method().equals("get")
                ? get(URI.create(form.action()))
                : post(URI.create(form.action())).with(csrf());
        values.forEach((name, list) -> request.param(name, list.toArray(String[]::new)));
        MvcResult result = check(as, form.method().toUpperCase() + " " + form.action() + " with " + what, request);
        String next = result.getResponse().getRedirectedUrl();
        if (what.equals(VALID) && next != null && next.startsWith("/")) {
            followUps.add(next.replaceFirst("#.*", ""));
        }
    }

    private MvcResult check(SignedInUser as, String what, MockHttpServletRequestBuilder request) throws Exception {
        requests++;
        MvcResult result;
        try {
            result = mvc.perform(request.with(user(as))).andReturn();
        } catch (Exception thrown) {
            failures.add(as.username() + ": " + what + " threw " + thrown);
            throw thrown;
        }
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString();
        if (status >= 500 || body.contains("Exception") || body.contains("\tat org.")) {
            failures.add(as.username() + ": " + what + " answered " + status);
        }
        return result;
    }

    private static boolean followable(String href) {
        return !href.startsWith("/sign-out")
                && !href.startsWith("/assets")
                && !href.startsWith("/webjars")
                && !href.startsWith("/css")
                && !href.startsWith("/js")
                && !href.startsWith("/actuator");
    }

    /** A URL with its numbers taken out: pages of the same kind have the same shape. */
    static String shape(String url) {
        return url.replaceAll("\\d+", "#").replaceAll("([?&]page=)[^&]*", "$1#");
    }

    private static String printable(String value) {
        String shown = value.replace("\u0000", "\\0");
        return shown.length() > 20
                ? shown.substring(0, 20) + "… (" + value.length() + " characters)"
                : "'" + shown + "'";
    }

    /** A form as the page has it: where it goes, and each field with its current value and its choices. */
    record Form(String method, String action, Map<String, Field> fields) {

        static Form of(Element form, String pageUrl) {
            String method =
                    form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase();
            String action = form.attr("action").isBlank() ? pageUrl : form.attr("action");
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Element input : form.select("input[name], select[name], textarea[name]")) {
                String name = input.attr("name");
                if (name.equals("_csrf")) {
                    continue;
                }
                Field field = fields.computeIfAbsent(
                        name, n -> new Field(new ArrayList<>(), new ArrayList<>(), input.attr("type")));
                switch (input.tagName()) {
                    case "select" ->
                        input.select("option").forEach(option -> {
                            field.choices().add(option.attr("value"));
                            if (option.hasAttr("selected")) {
                                field.current().add(option.attr("value"));
                            }
                        });
                    case "textarea" -> field.current().add(input.text());
                    default -> {
                        if (input.attr("type").equals("radio")
                                || input.attr("type").equals("checkbox")) {
                            field.choices().add(input.attr("value"));
                            if (input.hasAttr("checked")) {
                                field.current().add(input.attr("value"));
                            }
                        } else {
                            field.current().add(input.attr("value"));
                        }
                    }
                }
            }
            return new Form(method, action, fields);
        }

        /** The form filled in as a careful user would: what it shows, else a plausible answer. */
        Map<String, List<String>> validValues() {
            Map<String, List<String>> values = new LinkedHashMap<>();
            fields.forEach((name, field) -> {
                List<String> current =
                        field.current().stream().filter(v -> !v.isBlank()).toList();
                if (!current.isEmpty()) {
                    values.put(name, current);
                } else if (!field.choices().isEmpty()) {
                    field.choices().stream()
                            .filter(v -> !v.isBlank())
                            .findFirst()
                            .ifPresent(choice -> values.put(name, List.of(choice)));
                } else {
                    values.put(name, List.of(plausible(name)));
                }
            });
            return values;
        }

        List<String> multiValued() {
            return fields.entrySet().stream()
                    .filter(e -> e.getValue().type().equals("checkbox"))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        private static String plausible(String name) {
            LocalDate date = name.startsWith("dateOfBirth") || name.startsWith("dob")
                    ? LocalDate.of(1985, 6, 15)
                    : LocalDate.now();
            if (name.endsWith(".day")) {
                return String.valueOf(date.getDayOfMonth());
            }
            if (name.endsWith(".month")) {
                return String.valueOf(date.getMonthValue());
            }
            if (name.endsWith(".year")) {
                return String.valueOf(date.getYear());
            }
            if (name.equals("time") || name.endsWith("Time")) {
                return "00:05";
            }
            if (name.equals("username")) {
                return "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
            }
            if (name.toLowerCase().contains("password")) {
                return "a-long-fuzz-password";
            }
            if (name.equals("displayOrder") || name.equals("page")) {
                return "1";
            }
            return "Fuzz " + UUID.randomUUID().toString().substring(0, 6);
        }
    }

    record Field(List<String> current, List<String> choices, String type) {

        boolean typed() {
            return choices.isEmpty() && !type.equals("hidden");
        }
    }
}
