package org.throughcare.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Option;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Whose figures a user may read, and the filter they chose checked against it. A manager reads the teams of their
 * own area (the area is not theirs to change); an administrator reads every area's figures, but not the people
 * behind them. The period defaults to the last 12 months: from the first of the month eleven months ago to today.
 */
@Component
class DashboardScope {

    /** A longer period than this is refused: the monthly tables would be unreadable. */
    static final Period LONGEST = Period.ofYears(10);

    record TeamRow(Long teamId, String teamName, Long areaId, String areaName) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    DashboardScope(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The teams the user may read figures of (disabled teams too: their history still counts). */
    List<TeamRow> teams(SignedInUser user) {
        String sql = "select team_id, team_name, area_id, area_name from team_overview"
                + (user.role() == Role.ADMIN ? "" : " where area_id = :area")
                + " order by area_name, team_name";
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (user.role() != Role.ADMIN) {
            statement = statement.param("area", user.areaId());
        }
        return statement.query(TeamRow.class).list();
    }

    /** Fills in the defaults: the user's own area for a manager, the last 12 months. */
    void applyDefaults(DashboardFilterForm form, SignedInUser user) {
        if (user.role() == Role.MANAGER) {
            form.setArea(user.areaId());
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getFrom().isEmpty() && form.getTo().isEmpty()) {
            // Twelve monthly rows: the eleven months before this one, and this one so far.
            form.setFrom(
                    org.throughcare.web.DateInput.of(today.withDayOfMonth(1).minusMonths(11)));
            form.setTo(org.throughcare.web.DateInput.of(today));
        }
    }

    /**
     * The checked filter; null when the form has errors, which are added to {@code errors} against their fields.
     */
    DashboardFilter resolve(DashboardFilterForm form, SignedInUser user, List<TeamRow> teams, BindingResult errors) {
        if (form.getFrom().isEmpty() && !errors.hasFieldErrors("from")) {
            errors.rejectValue("from", "required", "Enter the start of the period");
        }
        if (form.getTo().isEmpty() && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "required", "Enter the end of the period");
        }
        if (form.getArea() != null && teams.stream().noneMatch(t -> t.areaId().equals(form.getArea()))) {
            errors.rejectValue("area", "scope", "Choose an area from the list");
        }
        List<TeamRow> inArea = teams.stream()
                .filter(t -> form.getArea() == null || t.areaId().equals(form.getArea()))
                .toList();
        if (form.getTeam() != null && inArea.stream().noneMatch(t -> t.teamId().equals(form.getTeam()))) {
            errors.rejectValue("team", "scope", "Choose a team in the area chosen");
        }
        if (errors.hasErrors()) {
            return null;
        }
        LocalDate from = form.getFrom().toLocalDate();
        LocalDate to = form.getTo().toLocalDate();
        if (to.isBefore(from)) {
            errors.rejectValue("to", "order", "The end of the period must be the same as or after its start");
            return null;
        }
        if (from.plus(LONGEST).isBefore(to)) {
            errors.rejectValue("to", "length", "The period must be 10 years or shorter");
            return null;
        }
        List<TeamRow> chosen = inArea.stream()
                .filter(t -> form.getTeam() == null || t.teamId().equals(form.getTeam()))
                .toList();
        if (chosen.isEmpty()) {
            errors.rejectValue("area", "empty", "The area chosen has no teams");
            return null;
        }
        return new DashboardFilter(
                form.getArea(),
                form.getTeam(),
                chosen.stream().map(TeamRow::teamId).toList(),
                from,
                to,
                label(form, chosen));
    }

    private static String label(DashboardFilterForm form, List<TeamRow> chosen) {
        if (form.getTeam() != null) {
            return chosen.get(0).teamName();
        }
        if (form.getArea() != null) {
            return chosen.get(0).areaName() + ": all teams";
        }
        return "All areas";
    }

    List<Option> areaOptions(List<TeamRow> teams) {
        return teams.stream()
                .map(t -> Option.of(t.areaId(), t.areaName()))
                .distinct()
                .toList();
    }

    List<Option> teamOptions(List<TeamRow> teams, Long areaId) {
        return teams.stream()
                .filter(t -> areaId == null || Objects.equals(t.areaId(), areaId))
                .map(t ->
                        Option.of(t.teamId(), areaId == null ? t.teamName() + " (" + t.areaName() + ")" : t.teamName()))
                .toList();
    }
}
