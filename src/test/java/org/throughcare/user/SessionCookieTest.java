package org.throughcare.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * In demo mode, served over plain HTTP on a laptop, the session cookie is Secure exactly when the request
 * came over HTTPS, directly or through a TLS-terminating proxy that says so in X-Forwarded-Proto.
 */
@SpringBootTest(
        properties = {
            "throughcare.demo.enabled=true",
            "throughcare.demo.people=0",
            "server.forward-headers-strategy=framework"
        })
@AutoConfigureMockMvc
class SessionCookieTest {

    @Autowired
    MockMvc mvc;

    @Test
    void plainHttpGetsACookieThatIsNotSecure() throws Exception {
        assertThat(sessionCookie(
                        mvc.perform(get("/sign-in")).andReturn().getResponse().getHeader("Set-Cookie")))
                .doesNotContain("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
    }

    @Test
    void httpsGetsASecureCookie() throws Exception {
        assertThat(sessionCookie(mvc.perform(get("/sign-in").secure(true))
                        .andReturn()
                        .getResponse()
                        .getHeader("Set-Cookie")))
                .contains("Secure");
    }

    @Test
    void httpsEndedAtAProxyGetsASecureCookie() throws Exception {
        assertThat(sessionCookie(mvc.perform(get("/sign-in").header("X-Forwarded-Proto", "https"))
                        .andReturn()
                        .getResponse()
                        .getHeader("Set-Cookie")))
                .contains("Secure");
    }

    private static String sessionCookie(String header) {
        assertThat(header).startsWith(SessionConfiguration.COOKIE_NAME + "=");
        return header;
    }
}
