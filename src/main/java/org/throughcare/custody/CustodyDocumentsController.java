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

/** Printable documents of a test's required assessments; each page prints on A4 without the site's frame. */
@Controller
class CustodyDocumentsController {

    private final CustodyDocuments documents;

    CustodyDocumentsController(CustodyDocuments documents) {
        this.documents = documents;
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
}
