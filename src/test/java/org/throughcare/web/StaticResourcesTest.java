package org.throughcare.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.throughcare.IntegrationTest;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Static files are served only where they live, publicly, with cache headers and without a session; a page
 * path is never looked up as a file.
 */
@IntegrationTest
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void ourStylesheetIsPublicRevalidatedAndStartsNoSession() throws Exception {
        MvcResult css = mvc.perform(get("/css/application.css")).andReturn();
        assertThat(css.getResponse().getStatus()).isEqualTo(200);
        assertThat(css.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(css.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void govukAssetsAreCachedForAWeek() throws Exception {
        MvcResult icon = mvc.perform(get("/favicon.ico")).andReturn();
        assertThat(icon.getResponse().getStatus()).isEqualTo(200);
        assertThat(icon.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=604800, public");
        assertThat(icon.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aMissingStaticFileIsNotFoundAndAPageIsNeverAFile() throws Exception {
        assertThat(mvc.perform(get("/css/missing.css"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        // Boot's catch-all mapping would serve static/css/application.css here; the page path needs sign-in.
        MvcResult page = mvc.perform(get("/application.css")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getResponse().getRedirectedUrl()).contains("/sign-in");
    }

    /** Each link a page writes is offered to these handlers; an uncached one looks the file up every time. */
    @Test
    void everyStaticLocationCachesWhatItResolves() {
        assertThat(resourceUrls.getHandlerMap()).containsKeys("/css/**", "/js/**", "/assets/**", "/webjars/**");
        resourceUrls
                .getHandlerMap()
                .forEach((pattern, handler) -> assertThat(((ResourceHttpRequestHandler) handler).getResourceResolvers())
                        .as(pattern)
                        .first()
                        .isInstanceOf(CachingResourceResolver.class));
        assertThat(resourceUrls.getForLookupPath("/css/application.css")).isEqualTo("/css/application.css");
    }

    @Test
    void aStaticFileRequestSeesNoSessionButAPageRequestDoes() throws Exception {
        assertThat(sessionSeenBy("/css/application.css")).isNull();
        assertThat(sessionSeenBy("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js"))
                .isNull();
        assertThat(sessionSeenBy("/people")).isNotNull();
    }

    private static Object sessionSeenBy(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(new MockHttpSession());
        AtomicReference<Object> seen = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                seen.set(req.getSession(false));
            }
        });
        new StaticResourcesWithoutSession().doFilter(request, new MockHttpServletResponse(), chain);
        return seen.get();
    }
}
