package org.throughcare.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.throughcare.IntegrationTest;
import org.throughcare.MockBrowser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.throughcare.Fixtures.signedIn;
import static org.throughcare.Fixtures.unique;

@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamAdminService teams;

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theSignInPageIsPublicAndSendsTheSecurityHeaders() throws Exception {
        MvcResult result = mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andReturn();
        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp)
                .isNotNull()
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("style-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void strictTransportSecurityIsSentOnlyOverHttps() throws Exception {
        MvcResult secure = mvc.perform(get("/sign-in").secure(true))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(secure.getResponse().getHeader("Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");

        mvc.perform(get("/sign-in").secure(false))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void healthProbesArePublic(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("\"status\":\"UP\"");
    }

    @Test
    void anonymousCannotReadMetrics() throws Exception {
        int status = mvc.perform(get("/actuator/prometheus"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).as("401 or a redirect to sign in").isIn(401, 302);
        if (status == 302) {
            mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/sign-in"));
        }
        mvc.perform(get("/actuator/metrics"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(401, 302));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void otherRolesCannotReadMetrics(Role role) throws Exception {
        mvc.perform(get("/actuator/prometheus").with(user(signedIn(role)))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user(signedIn(role)))).andExpect(status().isForbidden());
    }

    @Test
    void administratorsCanReadMetrics() throws Exception {
        MvcResult result = mvc.perform(get("/actuator/prometheus").with(user(signedIn(Role.ADMIN))))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("jvm_memory_used_bytes");
    }

    /** A browser that has been shown a form has a token in its session; a POST without it is forbidden. */
    @Test
    void postsWithoutTheCsrfTokenAreForbidden() throws Exception {
        MockBrowser browser = new MockBrowser(mvc);
        assertThat(browser.perform(get("/sign-in")).getResponse().getStatus()).isEqualTo(200);
        assertThat(browser.hasSessionCookie())
                .as("showing the form stores a token in the session")
                .isTrue();

        assertThat(browser.perform(post("/sign-in").param("username", "anyone").param("password", "whatever-it-is"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        mvc.perform(post("/sign-in")
                        .with(csrf().useInvalidToken())
                        .param("username", "anyone")
                        .param("password", "whatever-it-is"))
                .andExpect(status().isForbidden());

        String name = unique("Never created");
        mvc.perform(post("/admin/teams/new")
                        .with(user(signedIn(Role.ADMIN)))
                        .with(csrf().useInvalidToken())
                        .param("name", name)
                        .param("areaId", "101"))
                .andExpect(status().isForbidden());
        assertThat(teams.findByName(name)).isEmpty();

        // The same request with the token gets through (and creates the team).
        mvc.perform(post("/admin/teams/new")
                        .with(user(signedIn(Role.ADMIN)))
                        .with(csrf())
                        .param("name", name)
                        .param("areaId", "101"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/teams"));
        assertThat(teams.findByName(name)).isPresent();
    }

    /**
     * With no session there can be no token: Spring Security treats that as a timed-out session and sends the
     * user to sign in again, without processing the POST.
     */
    @Test
    void postsWithNoSessionAndNoTokenAreSentToSignIn() throws Exception {
        mvc.perform(post("/sign-in").param("username", "anyone").param("password", "whatever-it-is"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?timedOut"))
                .andExpect(unauthenticated());

        String name = unique("Never created");
        mvc.perform(post("/admin/teams/new")
                        .with(user(signedIn(Role.ADMIN)))
                        .param("name", name)
                        .param("areaId", "101"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?timedOut"));
        assertThat(teams.findByName(name)).isEmpty();
    }

    @Test
    void theTimedOutPageSaysWhy() throws Exception {
        String page = mvc.perform(get("/sign-in").param("timedOut", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("You were signed out, either because you had not done anything for 30 minutes "
                        + "or because an administrator changed your account.");
    }
}
