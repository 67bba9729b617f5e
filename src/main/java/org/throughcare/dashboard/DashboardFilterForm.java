package org.throughcare.dashboard;

import jakarta.validation.Valid;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** What a dashboard is filtered by, as typed: an area, a team, and the first and last day of the period. */
public class DashboardFilterForm {

    private Long area;

    private Long team;

    @Valid
    @ValidDate(name = "the start of the period")
    private DateInput from = new DateInput();

    @Valid
    @ValidDate(name = "the end of the period")
    private DateInput to = new DateInput();

    public Long getArea() {
        return area;
    }

    public void setArea(Long area) {
        this.area = area;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public DateInput getFrom() {
        return from;
    }

    public void setFrom(DateInput from) {
        this.from = from;
    }

    public DateInput getTo() {
        return to;
    }

    public void setTo(DateInput to) {
        this.to = to;
    }
}
