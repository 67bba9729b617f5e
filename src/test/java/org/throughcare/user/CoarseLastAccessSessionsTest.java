package org.throughcare.user;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CoarseLastAccessSessionsTest {

    static final Instant SIGNED_IN = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void anAccessWithinTheResolutionLeavesTheStoredTimeAlone() {
        MapSession stored = storedAt(SIGNED_IN);
        var session = new CoarseLastAccessSessions.CoarseSession<>(stored, Duration.ofMinutes(1));

        session.setLastAccessedTime(SIGNED_IN.plusSeconds(59));

        assertThat(stored.getLastAccessedTime()).isEqualTo(SIGNED_IN);
    }

    @Test
    void anAccessAtOrAfterTheResolutionMovesIt() {
        MapSession stored = storedAt(SIGNED_IN);
        var session = new CoarseLastAccessSessions.CoarseSession<>(stored, Duration.ofMinutes(1));

        session.setLastAccessedTime(SIGNED_IN.plusSeconds(60));

        assertThat(stored.getLastAccessedTime()).isEqualTo(SIGNED_IN.plusSeconds(60));
        assertThat(session.getLastAccessedTime()).isEqualTo(SIGNED_IN.plusSeconds(60));
    }

    @Test
    void theIdleTimeoutEndsAtMostTheResolutionEarly() {
        MapSession stored = storedAt(SIGNED_IN);
        stored.setMaxInactiveInterval(Duration.ofMinutes(30));
        var session = new CoarseLastAccessSessions.CoarseSession<>(stored, Duration.ofMinutes(1));
        session.setLastAccessedTime(SIGNED_IN.plusSeconds(30));

        Instant expiry = session.getLastAccessedTime().plus(session.getMaxInactiveInterval());
        Instant exactExpiry = SIGNED_IN.plusSeconds(30).plus(Duration.ofMinutes(30));
        assertThat(expiry).isBefore(exactExpiry).isAfterOrEqualTo(exactExpiry.minus(Duration.ofMinutes(1)));
    }

    private static MapSession storedAt(Instant lastAccess) {
        MapSession stored = new MapSession("s-1");
        stored.setCreationTime(lastAccess);
        stored.setLastAccessedTime(lastAccess);
        return stored;
    }
}
