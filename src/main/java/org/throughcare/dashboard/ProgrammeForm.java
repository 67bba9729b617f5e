package org.throughcare.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The description of a programme, as the new and edit pages send it. */
class ProgrammeForm {

    @NotBlank(message = "Enter the name of the programme")
    @Size(max = 120, message = "Name must be 120 characters or fewer")
    private String name;

    @NotNull(message = "Select what kind of programme it is")
    private ProgrammeKind kind;

    @NotEmpty(message = "Select at least one objective")
    private List<ProgrammeDetails.Objective> objectives = new ArrayList<>();

    @Size(max = 2000, message = "More about the objectives must be 2000 characters or fewer")
    private String objectivesDetail;

    @NotNull(message = "Select the treatment philosophy")
    private TreatmentPhilosophy philosophy;

    @NotNull(message = "Select where treatment happens")
    private ProgrammeSetting setting;

    @NotBlank(message = "Enter who is eligible for the programme")
    @Size(max = 2000, message = "Eligibility criteria must be 2000 characters or fewer")
    private String eligibility;

    @NotBlank(message = "Enter who funds the programme")
    @Size(max = 200, message = "Funding source must be 200 characters or fewer")
    private String fundingSource;

    @ValidDate(name = "the start of the funding period", required = true)
    private DateInput fundedFrom = new DateInput();

    @ValidDate(name = "the end of the funding period", required = true)
    private DateInput fundedTo = new DateInput();

    @Size(max = 2000, message = "Barriers must be 2000 characters or fewer")
    private String barriers;

    @NotEmpty(message = "Select at least one team whose cases it covers")
    private List<Long> teamIds = new ArrayList<>();

    private long version;

    static ProgrammeForm of(Programme programme) {
        ProgrammeDetails d = programme.details();
        ProgrammeForm form = new ProgrammeForm();
        form.name = d.name();
        form.kind = d.kind();
        form.objectives = new ArrayList<>(d.objectives());
        form.objectivesDetail = d.objectivesDetail();
        form.philosophy = d.philosophy();
        form.setting = d.setting();
        form.eligibility = d.eligibility();
        form.fundingSource = d.fundingSource();
        form.fundedFrom = DateInput.of(d.fundedFrom());
        form.fundedTo = DateInput.of(d.fundedTo());
        form.barriers = d.barriers();
        form.teamIds = new ArrayList<>(d.teamIds());
        form.version = programme.getVersion();
        return form;
    }

    ProgrammeDetails details() {
        return new ProgrammeDetails(
                trimmed(name),
                kind,
                new LinkedHashSet<>(objectives),
                trimmed(objectivesDetail),
                philosophy,
                setting,
                trimmed(eligibility),
                trimmed(fundingSource),
                fundedFrom.toLocalDate(),
                fundedTo.toLocalDate(),
                trimmed(barriers),
                new LinkedHashSet<>(teamIds));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProgrammeKind getKind() {
        return kind;
    }

    public void setKind(ProgrammeKind kind) {
        this.kind = kind;
    }

    public List<ProgrammeDetails.Objective> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<ProgrammeDetails.Objective> objectives) {
        this.objectives = objectives == null ? new ArrayList<>() : objectives;
    }

    public String getObjectivesDetail() {
        return objectivesDetail;
    }

    public void setObjectivesDetail(String objectivesDetail) {
        this.objectivesDetail = objectivesDetail;
    }

    public TreatmentPhilosophy getPhilosophy() {
        return philosophy;
    }

    public void setPhilosophy(TreatmentPhilosophy philosophy) {
        this.philosophy = philosophy;
    }

    public ProgrammeSetting getSetting() {
        return setting;
    }

    public void setSetting(ProgrammeSetting setting) {
        this.setting = setting;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public DateInput getFundedFrom() {
        return fundedFrom;
    }

    public void setFundedFrom(DateInput fundedFrom) {
        this.fundedFrom = fundedFrom;
    }

    public DateInput getFundedTo() {
        return fundedTo;
    }

    public void setFundedTo(DateInput fundedTo) {
        this.fundedTo = fundedTo;
    }

    public String getBarriers() {
        return barriers;
    }

    public void setBarriers(String barriers) {
        this.barriers = barriers;
    }

    public List<Long> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<Long> teamIds) {
        this.teamIds = teamIds == null ? new ArrayList<>() : teamIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
