package org.throughcare.referral;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.Allowed;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForWorkers;
import org.throughcare.user.ForWorkersAndManagers;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;
import org.throughcare.web.PageLinks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sending a referral from a person's page, the referral's own page with its steps, recording each step, and the
 * team's lists: outgoing referrals awaiting a response, incoming ones to acknowledge, and those in progress.
 */
@Controller
class ReferralController {

    static final int PAGE_SIZE = 25;

    /** The lists of /referrals, by their ?list= value. */
    public enum ReferralList {
        INCOMING("Incoming referrals to acknowledge", "No referrals are waiting for your team to acknowledge them."),
        IN_PROGRESS("Incoming referrals in progress", "Your team has no referrals in progress."),
        OUTGOING("Sent by your team, awaiting a response", "No referral your team sent is waiting for a response.");

        private final String title;
        private final String empty;

        ReferralList(String title, String empty) {
            this.title = title;
            this.empty = empty;
        }

        static ReferralList of(String value) {
            return Arrays.stream(values())
                    .filter(l -> l.slug().equals(value))
                    .findFirst()
                    .orElse(INCOMING);
        }

        public String slug() {
            return name().toLowerCase(Locale.UK).replace('_', '-');
        }

        public String title() {
            return title;
        }

        public String empty() {
            return empty;
        }
    }

    private final ReferralService referrals;
    private final ConsentService consents;
    private final ReferralTables tables;
    private final PersonLookup people;

    ReferralController(ReferralService referrals, ConsentService consents, ReferralTables tables, PersonLookup people) {
        this.referrals = referrals;
        this.consents = consents;
        this.tables = tables;
        this.people = people;
    }

    @GetMapping("/people/{personId}/referrals/new")
    @ForWorkers
    String newReferral(
            @PathVariable Long personId,
            @RequestParam(required = false) ReferralStage from,
            @RequestParam(required = false) Long screening,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        ReferralForm form = new ReferralForm();
        form.setFromStage(from == null ? ReferralStage.usualFor(user.role()) : from);
        form.setScreeningId(screening);
        form.setUrgency(Urgency.ROUTINE);
        model.addAttribute("referralForm", form);
        return showForm(personId, model, user);
    }

    @PostMapping("/people/{personId}/referrals/new")
    @ForWorkers
    String send(
            @PathVariable Long personId,
            @Valid @ModelAttribute("referralForm") ReferralForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    Referral referral = referrals.send(form.toReferral(personId), user);
                    redirect.addFlashAttribute(
                            "successMessage",
                            "Referral sent to " + referral.getProvider().getName());
                    return referral.getScreeningId() == null
                            ? "redirect:/referrals/" + referral.getId()
                            : "redirect:/screenings/" + referral.getScreeningId();
                },
                () -> showForm(personId, model, user));
    }

    @GetMapping("/referrals/{referralId}")
    @ForWorkersAndManagers
    String show(@PathVariable Long referralId, Model model, @AuthenticationPrincipal SignedInUser user) {
        Referral referral = referrals.view(referralId, user);
        model.addAttribute("referral", referral);
        model.addAttribute("personName", people.name(referral.getPersonId(), user));
        model.addAttribute("summary", tables.summary(referral));
        model.addAttribute(
                "stepHead",
                List.of(
                        Cell.text("Step"),
                        Cell.text("When"),
                        Cell.text("Recorded by"),
                        new Cell("Days since the step before", null, null, true)));
        model.addAttribute("steps", tables.stepRows(referral));
        model.addAttribute(
                "actions",
                ReferralLifecycle.next(referral.status()).stream()
                        .filter(step -> referrals.canRecord(referral, step, user))
                        .map(step -> Option.of(step.slug(), step.action()))
                        .toList());
        model.addAttribute("status", referral.status());
        // The receiving team starts the treatment episode once the person has engaged.
        model.addAttribute(
                "canStartEpisode",
                referral.getEngagedAt() != null
                        && !referral.status().ended()
                        && RoleGroup.TREATMENT_WORKERS.includes(user.role())
                        && referrals.canRecord(referral, ReferralStep.COMPLETED, user));
        model.addAttribute(
                "waitingForReceiver",
                ReferralLifecycle.next(referral.status()).stream()
                        .filter(step -> step.side() == ReferralStep.Side.RECEIVER)
                        .noneMatch(step -> referrals.canRecord(referral, step, user)));
        return "referral/referral";
    }

    @GetMapping("/referrals/{referralId}/{stepSlug:[a-z-]+}")
    @ForWorkers
    String stepForm(
            @PathVariable Long referralId,
            @PathVariable String stepSlug,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        ReferralStep step = step(stepSlug);
        Referral referral = referrals.referral(referralId, user);
        Allowed allowed = ReferralLifecycle.allows(referral.status(), step);
        if (!allowed.isAllowed()) {
            redirect.addFlashAttribute("errorMessage", allowed.refusal());
            return "redirect:/referrals/" + referralId;
        }
        ReferralStepForm form = new ReferralStepForm();
        form.setVersion(referral.getVersion());
        model.addAttribute("stepForm", form);
        return showStepForm(referral, step, model, user);
    }

    @PostMapping("/referrals/{referralId}/{stepSlug:[a-z-]+}")
    @ForWorkers
    String recordStep(
            @PathVariable Long referralId,
            @PathVariable String stepSlug,
            @Valid @ModelAttribute("stepForm") ReferralStepForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        ReferralStep step = step(stepSlug);
        Referral referral = referrals.referral(referralId, user);
        return FormErrors.submit(
                result,
                () -> {
                    referrals.record(referralId, step, form.at(), form.getReason(), form.getVersion(), user);
                    redirect.addFlashAttribute(
                            "successMessage", "Recorded: " + step.label().toLowerCase(Locale.UK));
                    return "redirect:/referrals/" + referralId;
                },
                () -> showStepForm(referral, step, model, user),
                refusal -> {
                    redirect.addFlashAttribute("errorMessage", refusal.getMessage());
                    return "redirect:/referrals/" + referralId;
                });
    }

    @GetMapping("/referrals")
    @ForWorkers
    String lists(
            @RequestParam(required = false) String list,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        ReferralList chosen = ReferralList.of(list);
        ReferralService.ListOrder order = ReferralService.ListOrder.of(sort);
        Page<Referral> rows = PageLinks.fetch(page, index -> switch (chosen) {
            case INCOMING -> referrals.incomingAwaiting(user, index, PAGE_SIZE, order);
            case IN_PROGRESS -> referrals.incomingInProgress(user, index, PAGE_SIZE, order);
            case OUTGOING -> referrals.outgoingAwaiting(user, index, PAGE_SIZE, order);
        });
        model.addAttribute("list", chosen);
        model.addAttribute(
                "tabs",
                Arrays.stream(ReferralList.values())
                        .map(l -> new Option(l.slug(), l.title(), l == chosen ? "current" : null))
                        .toList());
        model.addAttribute("sort", order.name().toLowerCase(Locale.UK));
        model.addAttribute(
                "sortOptions",
                Arrays.stream(ReferralService.ListOrder.values())
                        .map(o -> Option.of(o.name().toLowerCase(Locale.UK), o.label()))
                        .toList());
        model.addAttribute("head", ReferralTables.LIST_HEAD);
        model.addAttribute("rows", tables.listRows(rows.getContent(), user));
        model.addAttribute("pages", PageLinks.of(rows));
        return "referral/lists";
    }

    private static ReferralStep step(String slug) {
        return ReferralStep.ofSlug(slug).orElseThrow(() -> new RecordNotFoundException("Referral step", slug));
    }

    private String showForm(Long personId, Model model, SignedInUser user) {
        model.addAttribute("personId", personId);
        model.addAttribute("personName", people.name(personId, user));
        model.addAttribute(
                "providerOptions",
                referrals.activeProviders().stream()
                        .map(p -> Option.of(
                                p.getId(), p.getName() + " (" + p.getService().label() + ")"))
                        .toList());
        model.addAttribute(
                "stageOptions",
                Arrays.stream(ReferralStage.values())
                        .map(s -> Option.of(s, s.label()))
                        .toList());
        model.addAttribute(
                "urgencyOptions",
                Arrays.stream(Urgency.values())
                        .map(u -> Option.of(u, u.label()))
                        .toList());
        model.addAttribute(
                "basisOptions",
                Arrays.stream(LawfulBasis.values())
                        .map(b -> Option.of(b, b.label()))
                        .toList());
        model.addAttribute(
                "sharingConsent",
                Arrays.stream(Agency.values())
                        .filter(a -> consents.coversSharingWith(personId, a, user))
                        .map(Agency::label)
                        .toList());
        return "referral/referral-form";
    }

    private String showStepForm(Referral referral, ReferralStep step, Model model, SignedInUser user) {
        ReferralStepForm form = (ReferralStepForm) model.getAttribute("stepForm");
        if (form != null) {
            form.named(step.when());
        }
        model.addAttribute("referral", referral);
        model.addAttribute("step", step);
        model.addAttribute("personName", people.name(referral.getPersonId(), user));
        return "referral/step-form";
    }
}
