package org.throughcare.user;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Keeps each session's last access time to a resolution (a minute by default) instead of to the
 * millisecond. Spring Session writes the last access time back to PostgreSQL after every request that used
 * the session: an UPDATE and a commit per page view, whatever the page, which the page benchmark found to
 * be a large part of a simple page's cost. With this, a request within the resolution of the stored time
 * changes nothing, and a request that changes nothing in the session writes nothing. The price: a session
 * can time out up to that much earlier than the idle timeout to the second.
 *
 * <p>It also answers Spring Session's second read of a request from memory. After saving the session at the
 * end of a request, {@code SessionRepositoryFilter} clears its cache and looks the session up again by id,
 * only to decide whether to write the cookie: a second SELECT on every page. The session this request has just
 * saved is what that read would return, so it is kept for the request's thread until the next lookup, and
 * {@link #endOfRequest()} (a filter around Spring Session's) forgets it, so it never outlives the request.
 */
final class CoarseLastAccessSessions<S extends Session> implements FindByIndexNameSessionRepository<Session> {

    private static final ThreadLocal<Session> SAVED_IN_THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> sessions;
    private final Duration resolution;

    CoarseLastAccessSessions(FindByIndexNameSessionRepository<S> sessions, Duration resolution) {
        this.sessions = sessions;
        this.resolution = resolution;
    }

    @Override
    public Session createSession() {
        return new CoarseSession<>(sessions.createSession(), resolution);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Session session) {
        sessions.save(session instanceof CoarseSession<?> coarse ? (S) coarse.session : (S) session);
        SAVED_IN_THIS_REQUEST.set(session);
    }

    @Override
    public Session findById(String id) {
        Session saved = SAVED_IN_THIS_REQUEST.get();
        SAVED_IN_THIS_REQUEST.remove();
        if (saved != null && saved.getId().equals(id)) {
            return saved;
        }
        S session = sessions.findById(id);
        return session == null ? null : new CoarseSession<>(session, resolution);
    }

    @Override
    public void deleteById(String id) {
        SAVED_IN_THIS_REQUEST.remove();
        sessions.deleteById(id);
    }

    /** Forgets the session saved on this thread: called when each request ends. */
    static void endOfRequest() {
        SAVED_IN_THIS_REQUEST.remove();
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new CoarseSession<>(session, resolution)));
        return found;
    }

    /** A session whose last access time moves only in steps of at least the resolution. */
    static final class CoarseSession<S extends Session> implements Session {

        private final S session;
        private final Duration resolution;

        CoarseSession(S session, Duration resolution) {
            this.session = session;
            this.resolution = resolution;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (lastAccessedTime.isBefore(session.getLastAccessedTime().plus(resolution))) {
                return;
            }
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
