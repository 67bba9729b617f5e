package org.throughcare.custody;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.RuleViolationException;
import org.throughcare.user.ForCustodyWorkersAndManagers;
import org.throughcare.user.SignedInUser;

/**
 * Printable documents of a test (DT1-style record) and of its required assessments (notices, further notices,
 * statements); each page prints on A4 without the site's frame.
 */
@Controller
class CustodyDocumentsController {

    private final CustodyDocuments documents;
    private final CustodyEventPage eventPage;

    CustodyDocumentsController(CustodyDocuments documents, CustodyEventPage eventPage) {
        this.documents = documents;
        this.eventPage = eventPage;
    }

    @GetMapping("/custody/events/{eventId}/assessments/{assessmentId}/notice")
    @ForCustodyWorkersAndManagers
    String notice(
            @PathVariable Long eventId,
            @PathVariable Long assessmentId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            documents.addNotice(model, eventId, assessmentId, user);
            return "custody/notice";
        } catch (RuleViolationException refused) {
            return CustodyEventController.refuse(redirect, eventId, refused.getMessage());
        }
    }

    @GetMapping("/custody/events/{eventId}/assessments/{assessmentId}/statement")
    @ForCustodyWorkersAndManagers
    String statement(
            @PathVariable Long eventId,
            @PathVariable Long assessmentId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        try {
            documents.addStatement(model, eventId, assessmentId, user);
            return "custody/statement";
        } catch (RuleViolationException refused) {
            return CustodyEventController.refuse(redirect, eventId, refused.getMessage());
        }
    }

    @GetMapping("/custody/events/{eventId}/assessments/{assessmentId}/changes/{changeId}/notice")
    @ForCustodyWorkersAndManagers
    String changeNotice(
            @PathVariable Long eventId,
            @PathVariable Long assessmentId,
            @PathVariable Long changeId,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        documents.addChangeNotice(model, eventId, assessmentId, changeId, user);
        return "custody/change-notice";
    }

    @GetMapping("/custody/events/{eventId}/record")
    @ForCustodyWorkersAndManagers
    String testRecord(@PathVariable Long eventId, Model model, @AuthenticationPrincipal SignedInUser user) {
        eventPage.addTestRecord(model, eventId, user);
        return "custody/test-record";
    }
}
