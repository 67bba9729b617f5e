package org.throughcare.user;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;

import java.time.Clock;

/**
 * Every sign-in and failure goes to the audit trail; failures are counted by {@link SignInThrottle}. The
 * bookkeeping uses update statements, not entity changes: simultaneous attempts queue on the row instead of
 * failing on its version, and sign-in never makes an administrator's open edit of the account stale.
 */
@Component
class SignInAttempts {

    static final RecordKind RECORD_KIND = RecordKind.of("User");

    private final UserAccountRepository users;
    private final SignInThrottle throttle;
    private final AuditService audit;
    private final SecurityProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SignInAttempts(
            UserAccountRepository users,
            SignInThrottle throttle,
            AuditService audit,
            SecurityProperties properties,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String address = SignInAuthenticationProvider.clientAddress(event.getAuthentication());
        transaction.executeWithoutResult(status -> users.findByUsernameIgnoreCase(username)
                .ifPresent(account -> {
                    users.recordSignIn(account.getId(), clock.instant());
                    throttle.recordSuccess(address, username);
                    audit.record(
                            account.getUsername(),
                            AuditAction.SIGN_IN,
                            RECORD_KIND,
                            account.getId(),
                            "From " + address);
                }));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String attempted =
                SignInThrottle.key(String.valueOf(event.getAuthentication().getPrincipal()));
        String address = SignInAuthenticationProvider.clientAddress(event.getAuthentication());
        boolean alreadyRefused = event.getException() instanceof SignInAuthenticationProvider.Throttled;
        String reason =
                (alreadyRefused
                                ? "Refused: too many failures"
                                : event.getException().getClass().getSimpleName()) + " from " + address;
        transaction.executeWithoutResult(status -> {
            var account = users.findByUsernameIgnoreCase(attempted);
            String actor = account.map(UserAccount::getUsername).orElse(attempted);
            Long id = account.map(UserAccount::getId).orElse(null);
            audit.record(actor, AuditAction.SIGN_IN_FAILED, RECORD_KIND, id, reason);
            if (!alreadyRefused && throttle.recordFailure(address, attempted)) {
                audit.record(
                        actor,
                        AuditAction.LOCKED,
                        RECORD_KIND,
                        id,
                        "Locked at " + address + " for "
                                + properties.lockDuration().toMinutes() + " minutes after "
                                + properties.maxFailedSignIns()
                                + " failed sign-ins");
            }
        });
    }
}
