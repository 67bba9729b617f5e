package org.throughcare.custody;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/**
 * The create and change form for a tested substance. The code is only checked (group {@link Create}) and
 * read when the substance is created: it is fixed afterwards, because results are stored against it.
 */
class TestedSubstanceForm {

    /** Validation group for the fields only the create form has. */
    interface Create {}

    @NotBlank(message = "Enter a code", groups = Create.class)
    @Size(max = 30, message = "Code must be 30 characters or fewer", groups = Create.class)
    @Pattern(
            regexp = "\\s*[A-Za-z][A-Za-z_]*\\s*",
            message = "Code must start with a letter and only include letters and underscores",
            groups = Create.class)
    private String code;

    @NotBlank(message = "Enter the name of the substance")
    @Size(max = 80, message = "Name must be 80 characters or fewer")
    private String name;

    @NotNull(message = "Select whether the substance is active or retired")
    private Boolean active = Boolean.TRUE;

    @NotBlank(message = "Enter a display order")
    @Pattern(regexp = "\\s*\\d{1,4}\\s*", message = "Display order must be a whole number between 0 and 9999")
    private String displayOrder;

    @NotNull(message = "Select yes if a positive for this substance can lead to a required assessment")
    private Boolean foundsRequiredAssessment;

    @ValidDate(name = "the date tests started reporting on it")
    private DateInput testedFrom = new DateInput();

    private long version;

    static TestedSubstanceForm of(TestedSubstance substance) {
        TestedSubstanceForm form = new TestedSubstanceForm();
        form.code = substance.getCode();
        form.name = substance.getName();
        form.active = substance.isActive();
        form.displayOrder = String.valueOf(substance.getDisplayOrder());
        form.foundsRequiredAssessment = substance.foundsRequiredAssessment();
        form.testedFrom = DateInput.of(substance.getTestedFrom());
        form.version = substance.getVersion();
        return form;
    }

    ReferenceDataService.SubstanceDetails toDetails() {
        return new ReferenceDataService.SubstanceDetails(
                code,
                name,
                active,
                Integer.parseInt(displayOrder.trim()),
                Boolean.TRUE.equals(foundsRequiredAssessment),
                testedFrom.toLocalDate(),
                version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(String displayOrder) {
        this.displayOrder = displayOrder;
    }

    public Boolean getFoundsRequiredAssessment() {
        return foundsRequiredAssessment;
    }

    public void setFoundsRequiredAssessment(Boolean foundsRequiredAssessment) {
        this.foundsRequiredAssessment = foundsRequiredAssessment;
    }

    public DateInput getTestedFrom() {
        return testedFrom;
    }

    public void setTestedFrom(DateInput testedFrom) {
        this.testedFrom = testedFrom;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
