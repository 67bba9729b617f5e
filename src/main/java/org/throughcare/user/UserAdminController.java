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
import org.throughcare.web.Cell;
import org.throughcare.web.FormErrors;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.PageLinks;
import org.throughcare.web.SummaryRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

@Controller
@RequestMapping("/admin/users")
@ForAdministrators
class UserAdminController {

    static final String LIST = "user/users";
    static final String NEW = "user/user-new";
    static final String EDIT = "user/user-edit";
    static final String SHOW = "user/user";
    static final String PASSWORD = "user/user-password";
    static final int PAGE_SIZE = 25;

    private final UserAdminService users;
    private final TeamAdminService teams;
    private final Formats formats;

    UserAdminController(UserAdminService users, TeamAdminService teams, Formats formats) {
        this.users = users;
        this.teams = teams;
        this.formats = formats;
    }

    @InitBinder
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    @ForAdministrators
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        Page<UserAccount> results = PageLinks.fetch(page, index -> users.search(q, index, PAGE_SIZE));
        var locked = users.locked(results.getContent());
        List<List<Cell>> rows = results.stream()
                .map(user -> {
                    AccountStatus status = AccountStatus.of(user, locked.contains(user.getUsername()));
                    return List.of(
                            Cell.link(user.getDisplayName(), "/admin/users/" + user.getId()),
                            Cell.text(user.getUsername()),
                            Cell.text(user.getRole().label()),
                            Cell.text(user.getTeam().getName()),
                            Cell.tag(status.label(), status.colour()));
                })
                .toList();
        model.addAttribute("q", q);
        model.addAttribute(
                "head",
                List.of(
                        Cell.text("Name"),
                        Cell.text("Username"),
                        Cell.text("Role"),
                        Cell.text("Team"),
                        Cell.text("Status")));
        model.addAttribute("rows", rows);
        model.addAttribute("pages", PageLinks.of(results));
        return LIST;
    }

    @GetMapping("/new")
    @ForAdministrators
    String newUser(Model model) {
        model.addAttribute("userForm", new NewUserForm());
        return showNewForm(model);
    }

    @PostMapping("/new")
    @ForAdministrators
    String create(
            @Valid @ModelAttribute("userForm") NewUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    UserAccount account = users.create(form.toNewUser());
                    redirect.addFlashAttribute("successMessage", "User " + account.getUsername() + " created");
                    return "redirect:/admin/users/" + account.getId();
                },
                () -> showNewForm(model));
    }

    @GetMapping("/{id}")
    @ForAdministrators
    String show(@PathVariable Long id, Model model) {
        UserAccount account = users.get(id);
        var lockedUntil = users.lockedUntil(account);
        AccountStatus status = AccountStatus.of(account, lockedUntil.isPresent());
        model.addAttribute("account", account);
        model.addAttribute("status", status);
        model.addAttribute("details", details(account, status, lockedUntil.orElse(null)));
        return SHOW;
    }

    @GetMapping("/{id}/edit")
    @ForAdministrators
    String edit(@PathVariable Long id, Model model) {
        model.addAttribute("userForm", EditUserForm.of(users.get(id)));
        return showEditForm(id, model);
    }

    @PostMapping("/{id}/edit")
    @ForAdministrators
    String update(
            @PathVariable Long id,
            @Valid @ModelAttribute("userForm") EditUserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    UserAccount account = users.update(id, form.toChanges());
                    redirect.addFlashAttribute("successMessage", "Changes to " + account.getUsername() + " saved");
                    return "redirect:/admin/users/" + id;
                },
                () -> showEditForm(id, model));
    }

    @GetMapping("/{id}/password")
    @ForAdministrators
    String passwordForm(@PathVariable Long id, Model model) {
        model.addAttribute("passwordForm", new PasswordForm());
        return showPasswordForm(id, model);
    }

    @PostMapping("/{id}/password")
    @ForAdministrators
    String resetPassword(
            @PathVariable Long id,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(
                result,
                () -> {
                    users.resetPassword(id, form.getPassword());
                    redirect.addFlashAttribute(
                            "successMessage", "Password changed. Give the new password to the user securely.");
                    return "redirect:/admin/users/" + id;
                },
                () -> showPasswordForm(id, model));
    }

    @PostMapping("/{id}/disable")
    @ForAdministrators
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> users.disable(id), "User disabled. They can no longer sign in.");
    }

    @PostMapping("/{id}/enable")
    @ForAdministrators
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> users.enable(id), "User enabled. They can sign in again.");
    }

    @PostMapping("/{id}/unlock")
    @ForAdministrators
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> users.unlock(id), "User unlocked. They can sign in again.");
    }

    private String act(Long id, RedirectAttributes redirect, Runnable action, String success) {
        return FormErrors.act(redirect, action, success, "/admin/users/" + id);
    }

    private List<SummaryRow> details(UserAccount account, AccountStatus status, Instant lockedUntil) {
        List<SummaryRow> rows = new ArrayList<>(List.of(
                SummaryRow.of("Username", account.getUsername()),
                SummaryRow.of("Role", account.getRole().label()),
                SummaryRow.of(
                        "Team",
                        account.getTeam().getName() + " ("
                                + account.getTeam().getArea().getName() + ")"),
                SummaryRow.of(
                        "Last signed in",
                        account.getLastSignedInAt() == null
                                ? "Never"
                                : formats.dateTime(account.getLastSignedInAt()))));
        if (status == AccountStatus.LOCKED) {
            rows.add(SummaryRow.of(
                    "Sign-in refused until", formats.dateTime(lockedUntil) + " from where the failed attempts came"));
        }
        if (status == AccountStatus.DISABLED) {
            rows.add(SummaryRow.of(
                    "Disabled", formats.dateTime(account.getDisabledAt()) + " by " + account.getDisabledBy()));
        }
        rows.add(SummaryRow.of("Created", formats.dateTime(account.getCreatedAt()) + " by " + account.getCreatedBy()));
        rows.add(SummaryRow.of(
                "Last changed", formats.dateTime(account.getUpdatedAt()) + " by " + account.getUpdatedBy()));
        return rows;
    }

    private String showNewForm(Model model) {
        addChoices(model);
        model.addAttribute("passwordMinLength", users.passwordMinLength());
        return NEW;
    }

    private String showEditForm(Long id, Model model) {
        addChoices(model);
        model.addAttribute("account", users.get(id));
        return EDIT;
    }

    private String showPasswordForm(Long id, Model model) {
        model.addAttribute("account", users.get(id));
        model.addAttribute("passwordMinLength", users.passwordMinLength());
        return PASSWORD;
    }

    private void addChoices(Model model) {
        model.addAttribute(
                "roleOptions",
                Arrays.stream(Role.values())
                        .map(role -> Option.of(role, role.label()))
                        .toList());
        model.addAttribute(
                "teamOptions",
                teams.activeTeams().stream()
                        .map(team -> Option.of(
                                team.getId(),
                                team.getName() + " – " + team.getArea().getName()))
                        .toList());
    }
}
