package org.throughcare.treatment;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.Allowed;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.ForTreatmentWorkers;
import org.throughcare.user.ForWorkersAndManagers;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Outcome reviews of a treatment episode: recorded from the episode's page, listed, and each on its own page. */
@Controller
class OutcomeReviewController {

    /** The form's fields in page order, for the error summary. */
    static final String FIELD_ORDER = Stream.concat(
                    Stream.of("kind", "reviewedOn", "conductedBy"),
                    Arrays.stream(OutcomeItem.values()).flatMap(i -> switch (i) {
                        case INJECTING -> Stream.of(i.field(), "sharedEquipment");
                        case EDUCATION -> Stream.of(i.field(), "acuteHousingProblem", "evictionRisk");
                        default -> Stream.of(i.field());
                    }))
            .collect(Collectors.joining(","));

    private final OutcomeReviews outcomeReviews;
    private final OutcomeReviewPages pages;
    private final PersonLookup people;

    OutcomeReviewController(OutcomeReviews outcomeReviews, OutcomeReviewPages pages, PersonLookup people) {
        this.outcomeReviews = outcomeReviews;
        this.pages = pages;
        this.people = people;
    }

    @GetMapping("/treatment/episodes/{episodeId}/outcome-reviews/new")
    @ForTreatmentWorkers
    String newReview(
            @PathVariable Long episodeId,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        OutcomeReviews.EpisodeReviews found = outcomeReviews.ofEpisode(episodeId, user);
        Allowed allowed = found.allowsAnother();
        if (!allowed.isAllowed()) {
            return back(episodeId, allowed.refusal(), redirect);
        }
        OutcomeReviewForm form = new OutcomeReviewForm();
        List<OutcomeReviewKind> kinds = found.kindsAllowed();
        if (kinds.size() == 1) {
            form.setKind(kinds.get(0));
        }
        model.addAttribute("outcomeReviewForm", form);
        return showForm(found, model, user);
    }

    @PostMapping("/treatment/episodes/{episodeId}/outcome-reviews/new")
    @ForTreatmentWorkers
    String record(
            @PathVariable Long episodeId,
            @Valid @ModelAttribute("outcomeReviewForm") OutcomeReviewForm form,
            BindingResult result,
            Model model,
            @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        OutcomeReviews.EpisodeReviews found = outcomeReviews.ofEpisode(episodeId, user);
        return FormErrors.submit(
                result,
                () -> {
                    outcomeReviews.record(episodeId, form.toDetails(), user);
                    redirect.addFlashAttribute("successMessage", "Outcome review recorded");
                    return "redirect:/treatment/episodes/" + episodeId + "/outcome-reviews";
                },
                () -> showForm(found, model, user),
                refusal -> back(episodeId, refusal.getMessage(), redirect));
    }

    @GetMapping("/treatment/episodes/{episodeId}/outcome-reviews")
    @ForWorkersAndManagers
    String list(@PathVariable Long episodeId, Model model, @AuthenticationPrincipal SignedInUser user) {
        OutcomeReviews.EpisodeReviews found = outcomeReviews.list(episodeId, user);
        model.addAttribute("episode", found.episode());
        model.addAttribute("personName", people.name(found.episode().getPersonId(), user));
        model.addAttribute("reviewHead", OutcomeReviewPages.REVIEW_HEAD);
        model.addAttribute("reviews", pages.reviewRows(found.reviews()));
        model.addAttribute(
                "canRecord",
                RoleGroup.TREATMENT_WORKERS.includes(user.role())
                        && found.allowsAnother().isAllowed());
        return "treatment/outcome-reviews";
    }

    @GetMapping("/treatment/outcome-reviews/{reviewId}")
    @ForWorkersAndManagers
    String show(@PathVariable Long reviewId, Model model, @AuthenticationPrincipal SignedInUser user) {
        OutcomeReview review = outcomeReviews.view(reviewId, user);
        model.addAttribute("review", review);
        model.addAttribute("personName", people.name(review.getPersonId(), user));
        model.addAttribute("summary", pages.reviewSummary(review));
        model.addAttribute("substances", pages.itemRows(review, OutcomeItem.Group.SUBSTANCES));
        model.addAttribute("injecting", pages.itemRows(review, OutcomeItem.Group.INJECTING));
        model.addAttribute("offending", pages.itemRows(review, OutcomeItem.Group.OFFENDING));
        model.addAttribute("health", pages.itemRows(review, OutcomeItem.Group.HEALTH));
        model.addAttribute("workAndHousing", pages.itemRows(review, OutcomeItem.Group.WORK_AND_HOUSING));
        return "treatment/outcome-review";
    }

    /** The group's number inputs: field and label, for the template. */
    private static List<Option> inputs(OutcomeItem.Group group) {
        return OutcomeItem.in(group).stream()
                .map(i -> Option.of(i.field(), i.label()))
                .toList();
    }

    private static String back(Long episodeId, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorMessage", message);
        return "redirect:/treatment/episodes/" + episodeId;
    }

    private String showForm(OutcomeReviews.EpisodeReviews found, Model model, SignedInUser user) {
        model.addAttribute("episode", found.episode());
        model.addAttribute("personName", people.name(found.episode().getPersonId(), user));
        model.addAttribute(
                "kindOptions",
                found.kindsAllowed().stream()
                        .map(k -> new Option(k.name(), k.label(), k.hint()))
                        .toList());
        model.addAttribute("substanceItems", inputs(OutcomeItem.Group.SUBSTANCES));
        model.addAttribute("offendingItems", inputs(OutcomeItem.Group.OFFENDING));
        model.addAttribute("healthItems", inputs(OutcomeItem.Group.HEALTH));
        model.addAttribute("yesNo", PrisonReleaseController.YES_NO);
        model.addAttribute("fieldOrder", FIELD_ORDER);
        return "treatment/outcome-review-form";
    }
}
