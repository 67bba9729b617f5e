package org.throughcare.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;

import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * Turns a session attribute's stored bytes back into the object, keeping the sign-in and the CSRF token it has read
 * before. Every request reads both from the session table, and Java deserialization of the security context was 7%
 * of the request threads' CPU across the pages measured (docs/performance.md, 3 December 2026).
 *
 * <p>Kept by the exact bytes read, so an attribute that changed is read afresh and a session that was deleted (signed
 * out, ended by an administrator) is never found again. What is shared is what an in-memory session shares between
 * the requests of one session: the authentication (each read gets a security context of its own around it, because
 * signing out clears the context it is given) and the CSRF token, both of which nothing changes once made. Other
 * attributes (flash messages, a saved request) are changed in place by the framework and are read afresh each time.
 */
final class SessionAttributeReader implements Converter<byte[], Object> {

    private final DeserializingConverter deserializer;
    private final Cache<ByteBuffer, Object> read;

    SessionAttributeReader(ClassLoader classLoader, long maximumKept, Duration keptFor) {
        this.deserializer = new DeserializingConverter(classLoader);
        // The session's idle timeout bounds how long bytes can be read again; a sign-in is about 2 KiB of key and
        // 2 KiB of objects.
        this.read = Caffeine.newBuilder()
                .maximumSize(maximumKept)
                .expireAfterAccess(keptFor)
                .build();
    }

    @Override
    public Object convert(byte[] bytes) {
        ByteBuffer key = ByteBuffer.wrap(bytes);
        Object kept = read.getIfPresent(key);
        if (kept != null) {
            return kept instanceof Authentication signedIn ? new SecurityContextImpl(signedIn) : kept;
        }
        Object value = deserializer.convert(bytes);
        if (value != null && value.getClass() == SecurityContextImpl.class) {
            Authentication signedIn = ((SecurityContextImpl) value).getAuthentication();
            if (signedIn != null) {
                read.put(key, signedIn);
            }
        } else if (value instanceof CsrfToken) {
            read.put(key, value);
        }
        return value;
    }
}
