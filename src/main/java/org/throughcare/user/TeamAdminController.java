package org.throughcare.user;

import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.throughcare.common.RuleViolationException;
import org.throughcare.web.Cell;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;
import org.throughcare.web.PageLinks;

import java.util.List;

@Controller
@RequestMapping("/admin/teams")
@ForAdministrators
class TeamAdminController {

    static final String LIST = "user/teams";
    static final String FORM = "user/team-form";
    static final int PAGE_SIZE = 25;

    private final TeamAdminService teams;

    TeamAdminController(TeamAdminService teams) {
        this.teams = teams;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @ForAdministrators
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<Team> results = PageLinks.fetch(page, index -> teams.list(index, PAGE_SIZE));
        List<List<Cell>> rows = results.stream()
                .map(team -> List.of(
                        Cell.link(team.getName(), "/admin/teams/" + team.getId() + "/edit"),
                        Cell.text(team.getArea().getName()),
                        Cell.text(team.getArea().getKind().label()),
                        team.isActive() ? Cell.tag("Active", "green") : Cell.tag("Disabled", "grey")))
                .toList();
        model.addAttribute(
                "head", List.of(Cell.text("Team"), Cell.text("Area"), Cell.text("Kind of area"), Cell.text("Status")));
        model.addAttribute("rows", rows);
        model.addAttribute("pages", PageLinks.of(results));
        return LIST;
    }

    @GetMapping("/new")
    @ForAdministrators
    String newTeam(Model model) {
        model.addAttribute("teamForm", new TeamForm());
        return showForm(null, model);
    }

    @PostMapping("/new")
    @ForAdministrators
    String create(
            @Valid @ModelAttribute("teamForm") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    Team team = teams.create(form.toDetails());
                    redirect.addFlashAttribute("successMessage", "Team " + team.getName() + " created");
                    return "redirect:/admin/teams";
                },
                () -> showForm(null, model));
    }

    @GetMapping("/{id}/edit")
    @ForAdministrators
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("teamForm", TeamForm.of(teams.get(id)));
        return showForm(id, model);
    }

    @PostMapping("/{id}/edit")
    @ForAdministrators
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("teamForm") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    Team team = teams.update(id, form.toDetails());
                    redirect.addFlashAttribute("successMessage", "Changes to " + team.getName() + " saved");
                    return "redirect:/admin/teams";
                },
                () -> showForm(id, model));
    }

    @PostMapping("/{id}/disable")
    @ForAdministrators
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            teams.disable(id);
            redirect.addFlashAttribute("successMessage", "Team disabled");
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("errorMessage", violation.getMessage());
        }
        return "redirect:/admin/teams/" + id + "/edit";
    }

    @PostMapping("/{id}/enable")
    @ForAdministrators
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        teams.enable(id);
        redirect.addFlashAttribute("successMessage", "Team enabled");
        return "redirect:/admin/teams/" + id + "/edit";
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("team", id == null ? null : teams.get(id));
        model.addAttribute(
                "areaOptions",
                teams.areas().stream()
                        .map(area -> Option.of(area.getId(), area.getDisplayName()))
                        .toList());
        return FORM;
    }
}
