package org.throughcare.user;

import jakarta.validation.Valid;
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
import org.throughcare.web.AdminPages;
import org.throughcare.web.Cell;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Option;

import java.util.List;

/** Administrators list, add, change, disable and enable teams; a team that holds cases cannot be disabled. */
@Controller
@RequestMapping("/admin/teams")
@ForAdministrators
class TeamAdminController {

    static final String LIST = "user/teams";
    static final String FORM = "user/team-form";

    private final TeamAdminService teams;
    private final AdminPages<Team> pages = new AdminPages<>("/admin/teams", LIST, "Team", Team::getId, Team::getName);

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
        return pages.list(
                page,
                model,
                teams::list,
                List.of(Cell.text("Team"), Cell.text("Area"), Cell.text("Kind of area"), Cell.text("Status")),
                team -> List.of(
                        Cell.text(team.getArea().getName()),
                        Cell.text(team.getArea().getKind().label()),
                        team.isActive() ? Cell.tag("Active", "green") : Cell.tag("Disabled", "grey")));
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
        return pages.create(result, redirect, () -> teams.create(form.toDetails()), () -> showForm(null, model));
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
        return pages.update(result, redirect, () -> teams.update(id, form.toDetails()), () -> showForm(id, model));
    }

    @PostMapping("/{id}/disable")
    @ForAdministrators
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        return FormErrors.act(redirect, () -> teams.disable(id), "Team disabled", pages.editPath(id));
    }

    @PostMapping("/{id}/enable")
    @ForAdministrators
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        return FormErrors.act(redirect, () -> teams.enable(id), "Team enabled", pages.editPath(id));
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
