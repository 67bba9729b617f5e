package org.throughcare;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * MockMvc as one browser: keeps the cookies the application sets (the session cookie of Spring Session
 * among them) and sends them back, from one client address of its own, so that sessions, sign-in
 * throttling and session ending are exercised as a real browser would meet them.
 */
public final class MockBrowser {

    private final MockMvc mvc;
    private final String address;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public MockBrowser(MockMvc mvc) {
        this(mvc, randomAddress());
    }

    public MockBrowser(MockMvc mvc, String address) {
        this.mvc = mvc;
        this.address = address;
    }

    /** An address in the documentation range, different for each browser, so throttles do not meet. */
    public static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    public String address() {
        return address;
    }

    public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        request.with(this::fromThisBrowser);
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result;
    }

    /** Posts the sign-in form as the page would (with a valid CSRF token). */
    public MvcResult signIn(String username, String password) throws Exception {
        return perform(post("/sign-in")
                .param("username", username)
                .param("password", password)
                .with(csrf()));
    }

    public boolean hasSessionCookie() {
        return cookies.containsKey("SESSION");
    }

    private MockHttpServletRequest fromThisBrowser(MockHttpServletRequest request) {
        request.setRemoteAddr(address);
        if (!cookies.isEmpty()) {
            request.setCookies(cookies.values().toArray(Cookie[]::new));
        }
        return request;
    }
}
