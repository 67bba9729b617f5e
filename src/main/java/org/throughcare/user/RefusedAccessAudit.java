package org.throughcare.user;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;

import java.io.IOException;

/**
 * Every request a signed-in user was refused (their role does not allow the page, the record is outside
 * their team's scope, or the form's CSRF token was wrong) goes to the audit trail, then gets the 403 page.
 */
@Component
class RefusedAccessAudit implements AccessDeniedHandler {

    static final RecordKind RECORD_KIND = RecordKind.of("Page");

    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    RefusedAccessAudit(AuditService audit, PlatformTransactionManager transactionManager) {
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        String what = request.getMethod() + " " + request.getRequestURI();
        String why = refused instanceof CsrfException ? "form token missing or wrong" : "not allowed";
        transaction.executeWithoutResult(status -> audit.record(
                AuditAction.ACCESS_REFUSED,
                RECORD_KIND,
                null,
                (what.length() > 300 ? what.substring(0, 300) : what) + ": " + why));
        forbidden.handle(request, response, refused);
    }
}
