package org.throughcare.user;

import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAttributeReaderTest {

    final SessionAttributeReader reader =
            new SessionAttributeReader(getClass().getClassLoader(), 100, Duration.ofMinutes(30));

    static byte[] bytes(Object value) {
        return new SerializingConverter().convert(value);
    }

    static SecurityContext signedIn(String username) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_PROBATION_OFFICER"))));
    }

    @Test
    void aSignInReadAgainSharesItsAuthenticationInAContextOfItsOwn() {
        byte[] stored = bytes(signedIn("probation"));

        SecurityContext first = (SecurityContext) reader.convert(stored);
        SecurityContext second = (SecurityContext) reader.convert(stored.clone());

        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
        assertThat(second.getAuthentication().getName()).isEqualTo("probation");

        // Signing out clears the context it is given; another request of the session still reads the sign-in
        // until the session is deleted.
        second.setAuthentication(null);
        SecurityContext third = (SecurityContext) reader.convert(stored);
        assertThat(third.getAuthentication()).isSameAs(first.getAuthentication());
    }

    @Test
    void changedBytesAreReadAfresh() {
        SecurityContext probation = (SecurityContext) reader.convert(bytes(signedIn("probation")));
        SecurityContext manager = (SecurityContext) reader.convert(bytes(signedIn("manager")));

        assertThat(manager.getAuthentication().getName()).isEqualTo("manager");
        assertThat(manager.getAuthentication()).isNotSameAs(probation.getAuthentication());
    }

    @Test
    void theCsrfTokenIsKeptAndOtherAttributesAreReadAfresh() {
        byte[] token = bytes(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc"));
        assertThat(reader.convert(token)).isSameAs(reader.convert(token));
        assertThat(((CsrfToken) reader.convert(token)).getToken()).isEqualTo("abc");

        // A flash map list is changed in place by Spring MVC: each read gets its own.
        byte[] flashMaps = bytes(new ArrayList<>(List.of("Saved")));
        Object first = reader.convert(flashMaps);
        assertThat(first).isEqualTo(List.of("Saved"));
        assertThat(reader.convert(flashMaps)).isNotSameAs(first);
    }
}
