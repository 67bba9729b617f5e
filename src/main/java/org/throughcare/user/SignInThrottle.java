package org.throughcare.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.common.Text;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts failed sign-ins per client address and username as typed, and per client address as a whole.
 * A lock holds only where the failures came from: someone guessing passwords from one place cannot keep
 * the real user, signing in from another, locked out. Usernames that do not exist are counted exactly like
 * those that do, so the answers never tell which exist. Kept in the database so every node sees the same
 * counts. Failures older than the lock duration are forgotten.
 */
@Component
class SignInThrottle {

    /** The username under which failures for every username from one address are counted. */
    static final String WHOLE_ADDRESS = "";

    static final int MAX_USERNAME_LENGTH = 100;

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether sign-in for this username from this address is refused for now, before any password is checked. */
    @Transactional(readOnly = true)
    public boolean refuses(String address, String typedUsername) {
        return jdbc.sql("""
                        select count(*) from sign_in_throttle
                        where client_address = :address and username in (:username, '') and locked_until > :now
                        """)
                        .param("address", address)
                        .param("username", key(typedUsername))
                        .param("now", Timestamp.from(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Counts a failure; true when it locked this username at this address. Joins the caller's transaction. */
    @Transactional
    public boolean recordFailure(String address, String typedUsername) {
        String username = key(typedUsername);
        boolean locked = false;
        if (!username.isEmpty()) {
            locked = count(address, username, properties.maxFailedSignIns());
        }
        count(address, WHOLE_ADDRESS, properties.maxFailedSignInsPerAddress());
        return locked;
    }

    /** A successful sign-in forgets that username's failures from that address. */
    @Transactional
    public void recordSuccess(String address, String typedUsername) {
        jdbc.sql("delete from sign_in_throttle where client_address = :address and username = :username")
                .param("address", address)
                .param("username", key(typedUsername))
                .update();
    }

    /** An administrator's unlock: the username may try again from everywhere. */
    @Transactional
    public void unlock(String username) {
        jdbc.sql("delete from sign_in_throttle where username = :username")
                .param("username", key(username))
                .update();
    }

    /** Until when each of these usernames is locked at some address, for those locked now. */
    @Transactional(readOnly = true)
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select username, max(locked_until) as until from sign_in_throttle
                        where username in (:usernames) and locked_until > :now
                        group by username
                        """)
                .param("usernames", usernames.stream().map(SignInThrottle::key).toList())
                .param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> Map.entry(
                        row.getString("username"), row.getTimestamp("until").toInstant()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Forgets counts and locks that no longer matter, so the table stays small. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void forgetOld() {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        delete from sign_in_throttle
                        where counting_since < :windowStart and (locked_until is null or locked_until < :now)
                        """)
                .param("windowStart", Timestamp.from(clock.instant().minus(properties.lockDuration())))
                .param("now", now)
                .update();
    }

    private boolean count(String address, String username, int max) {
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into sign_in_throttle (client_address, username, failures, counting_since)
                        values (:address, :username, 0, :now) on conflict do nothing
                        """)
                .param("address", address)
                .param("username", username)
                .param("now", Timestamp.from(now))
                .update();
        Counter counter = jdbc.sql("""
                        select failures, counting_since, locked_until from sign_in_throttle
                        where client_address = :address and username = :username for update
                        """)
                .param("address", address)
                .param("username", username)
                .query((row, n) -> new Counter(
                        row.getInt("failures"),
                        row.getTimestamp("counting_since").toInstant(),
                        row.getTimestamp("locked_until") == null
                                ? null
                                : row.getTimestamp("locked_until").toInstant()))
                .single();
        Counter next = counter.afterFailure(now, properties.lockDuration(), max);
        jdbc.sql("""
                        update sign_in_throttle set failures = :failures, counting_since = :since, locked_until = :until
                        where client_address = :address and username = :username
                        """)
                .param("failures", next.failures())
                .param("since", Timestamp.from(next.countingSince()))
                .param("until", next.lockedUntil() == null ? null : Timestamp.from(next.lockedUntil()))
                .param("address", address)
                .param("username", username)
                .update();
        return next.lockedUntil() != null && !next.lockedUntil().equals(counter.lockedUntil());
    }

    /** Usernames are not case sensitive; anything longer than a username can be is cut, never refused. */
    static String key(String typedUsername) {
        String username = typedUsername == null
                ? ""
                : Text.withoutControlCharacters(typedUsername).trim().toLowerCase(Locale.ROOT);
        return username.length() > MAX_USERNAME_LENGTH ? username.substring(0, MAX_USERNAME_LENGTH) : username;
    }

    /** Failures in the current window, and the lock they led to. */
    record Counter(int failures, Instant countingSince, Instant lockedUntil) {

        Counter afterFailure(Instant now, Duration window, int max) {
            boolean windowOver = countingSince.isBefore(now.minus(window));
            int counted = windowOver ? 1 : failures + 1;
            Instant since = windowOver ? now : countingSince;
            if (counted >= max) {
                return new Counter(0, now, now.plus(window));
            }
            return new Counter(counted, since, lockedUntil);
        }
    }
}
