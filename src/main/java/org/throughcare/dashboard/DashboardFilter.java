package org.throughcare.dashboard;

import org.throughcare.common.UkTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard's filter once checked against the user's scope: the teams whose figures count, and the period (both
 * days included). {@code areaId} and {@code teamId} are what was chosen, for the form and the links; null means all.
 *
 * @param teamIds never empty: a filter that would cover no team is refused before it gets here
 */
public record DashboardFilter(
        Long areaId, Long teamId, List<Long> teamIds, LocalDate from, LocalDate to, String label) {

    public DashboardFilter {
        teamIds = List.copyOf(teamIds);
        if (teamIds.isEmpty()) {
            throw new IllegalArgumentException("A dashboard filter covers at least one team");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    /** The first instant of the period, UK time. */
    public Instant fromInstant() {
        return from.atStartOfDay(UkTime.ZONE).toInstant();
    }

    /** The first instant after the period, UK time. */
    public Instant toInstantExclusive() {
        return to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
    }

    /** Every month the period touches, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The same filter over one month of the period (the part of it within the period). */
    public DashboardFilter within(YearMonth month) {
        LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        return new DashboardFilter(areaId, teamId, teamIds, start, end, label);
    }

    /** The same period for one of its teams. */
    public DashboardFilter forTeam(Long team, String teamName) {
        return new DashboardFilter(areaId, team, List.of(team), from, to, teamName);
    }

    /** The query string that selects this filter, for links to lists, other dashboards and CSV files. */
    public String query() {
        StringBuilder q = new StringBuilder();
        if (areaId != null) {
            q.append("area=").append(areaId).append('&');
        }
        if (teamId != null) {
            q.append("team=").append(teamId).append('&');
        }
        q.append("from.day=")
                .append(from.getDayOfMonth())
                .append("&from.month=")
                .append(from.getMonthValue())
                .append("&from.year=")
                .append(from.getYear())
                .append("&to.day=")
                .append(to.getDayOfMonth())
                .append("&to.month=")
                .append(to.getMonthValue())
                .append("&to.year=")
                .append(to.getYear());
        return q.toString();
    }
}
