package org.throughcare.user;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends every session a user has open, on every node, when their access changes: disabled, role or team
 * changed, password reset. Their next request lands on the sign-in page. Runs in the caller's transaction
 * (see {@link SessionConfiguration}), so the sessions end exactly when the change is saved.
 */
@Component
class SignedInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** How many sessions were ended. */
    @Transactional(propagation = Propagation.MANDATORY)
    int endAll(String username) {
        var open = sessions.findByPrincipalName(username).keySet();
        open.forEach(sessions::deleteById);
        return open.size();
    }
}
