package org.throughcare.user;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;

import java.time.Clock;

/**
 * Counts wrong passwords and locks the account after too many, so passwords cannot be guessed; every
 * sign-in and failure goes to the audit trail. The counting is done with update statements, not by
 * changing the entity: simultaneous attempts queue on the row instead of failing on its version, and
 * sign-in bookkeeping never makes an administrator's open edit of the account stale.
 */
@Component
class SignInAttempts {

    static final String RECORD_TYPE = "User";

    private final UserAccountRepository users;
    private final AuditService audit;
    private final SecurityProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SignInAttempts(UserAccountRepository users, AuditService audit, SecurityProperties properties, Clock clock,
                   PlatformTransactionManager transactionManager) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        transaction.executeWithoutResult(status -> users.findByUsernameIgnoreCase(username).ifPresent(account -> {
            users.recordSignIn(account.getId(), clock.instant());
            audit.record(account.getUsername(), AuditAction.SIGN_IN, RECORD_TYPE, account.getId(), null);
        }));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted = String.valueOf(event.getAuthentication().getPrincipal()).trim();
        String reason = event.getException().getClass().getSimpleName();
        boolean wrongPassword = event instanceof AuthenticationFailureBadCredentialsEvent;
        transaction.executeWithoutResult(status -> {
            var account = users.findByUsernameIgnoreCase(attempted);
            String actor = account.map(UserAccount::getUsername).orElse(truncate(attempted));
            Long id = account.map(UserAccount::getId).orElse(null);
            audit.record(actor, AuditAction.SIGN_IN_FAILED, RECORD_TYPE, id, reason);
            if (wrongPassword && account.isPresent()) {
                users.countFailedSignIn(id);
                boolean locked = users.lockIfTooManyFailures(id, properties.maxFailedSignIns(),
                        clock.instant().plus(properties.lockDuration())) > 0;
                if (locked) {
                    audit.record(actor, AuditAction.LOCKED, RECORD_TYPE, id,
                            "Locked after " + properties.maxFailedSignIns() + " failed sign-ins");
                }
            }
        });
    }

    private static String truncate(String value) {
        return value.length() > 100 ? value.substring(0, 100) : value;
    }
}
