package org.throughcare.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class TeamForm {

    @NotBlank(message = "Enter a team name")
    @Size(max = 120, message = "Team name must be 120 characters or fewer")
    private String name;

    @NotNull(message = "Select an area")
    private Long areaId;

    private long version;

    static TeamForm of(Team team) {
        TeamForm form = new TeamForm();
        form.name = team.getName();
        form.areaId = team.getArea().getId();
        form.version = team.getVersion();
        return form;
    }

    TeamDetails toDetails() {
        return new TeamDetails(name, areaId, version);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
