package org.throughcare.dashboard;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.util.List;

/**
 * The one way a dashboard page binds its filter: defaults, the user's scope, errors on the form, and what the filter
 * fragment (dashboard/filter.html) and the caption need: {@code areaOptions}, {@code teamOptions}, {@code chooseArea},
 * and, once the filter is valid, {@code chosen} and {@code period}.
 */
@Component
class DashboardFilterBinding {

    /** A parameter a filter form carries along unchanged (the figure of a list, say). */
    record HiddenField(String name, String value) {}

    private final DashboardScope scope;
    private final Formats formats;

    DashboardFilterBinding(DashboardScope scope, Formats formats) {
        this.scope = scope;
        this.formats = formats;
    }

    /** The checked filter, or null when the form has errors (they are on {@code result}). */
    DashboardFilter bind(DashboardFilterForm form, BindingResult result, Model model, SignedInUser user) {
        List<DashboardScope.TeamRow> teams = scope.teams(user);
        scope.applyDefaults(form, user);
        DashboardFilter filter = scope.resolve(form, user, teams, result);
        model.addAttribute("areaOptions", scope.areaOptions(teams));
        model.addAttribute("teamOptions", scope.teamOptions(teams, form.getArea()));
        model.addAttribute("chooseArea", user.role() == Role.ADMIN);
        if (filter != null) {
            model.addAttribute("chosen", filter);
            model.addAttribute("period", formats.date(filter.from()) + " to " + formats.date(filter.to()));
        }
        return filter;
    }
}
