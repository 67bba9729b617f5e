package org.throughcare.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.throughcare.common.Text;
import org.throughcare.person.identifier.Crn;
import org.throughcare.person.identifier.CroNumber;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.person.identifier.PncId;
import org.throughcare.person.identifier.PrisonNumber;
import org.throughcare.person.identifier.ValidCrn;
import org.throughcare.person.identifier.ValidCroNumber;
import org.throughcare.person.identifier.ValidNhsNumber;
import org.throughcare.person.identifier.ValidPncId;
import org.throughcare.person.identifier.ValidPrisonNumber;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** The person form, as typed. Identifiers are checked here and stored in canonical form. */
class PersonForm {

    @NotBlank(message = "Enter the person's given name")
    @Size(max = 100, message = "Given name must be 100 characters or fewer")
    private String givenName;

    @NotBlank(message = "Enter the person's family name")
    @Size(max = 100, message = "Family name must be 100 characters or fewer")
    private String familyName;

    @Size(max = 300, message = "Other names must be 300 characters or fewer")
    private String otherNames;

    @Valid
    @ValidDate(name = "the date of birth", required = true, notInFuture = true)
    private DateInput dateOfBirth = new DateInput();

    @NotNull(message = "Select the person's stated sex")
    private StatedSex statedSex;

    private GenderIdentity genderIdentity;

    private Ethnicity ethnicity;

    @ValidPncId
    private String pncId;

    @ValidCroNumber
    private String croNumber;

    @ValidCrn
    private String crn;

    @ValidNhsNumber
    private String nhsNumber;

    @ValidPrisonNumber
    private String prisonNumber;

    @Size(max = 30, message = "Custody record number must be 30 characters or fewer")
    private String custodyRecordNumber;

    private Long custodyRecordForceId;

    @Size(max = 120, message = "Address line 1 must be 120 characters or fewer")
    private String addressLine1;

    @Size(max = 120, message = "Address line 2 must be 120 characters or fewer")
    private String addressLine2;

    @Size(max = 80, message = "Town or city must be 80 characters or fewer")
    private String town;

    @Pattern(
            regexp = "^$|^[A-Za-z]{1,2}[0-9][0-9A-Za-z]?\\s?[0-9][A-Za-z]{2}$",
            message = "Enter a real postcode, like LS1 4AP")
    private String postcode;

    private HousingStatus housingStatus;

    @Pattern(
            regexp = "^\\s*$|^\\s*([0-9]|[12][0-9]|30)\\s*$",
            message = "Number of dependent children must be a whole number from 0 to 30, like 2")
    private String dependentChildren;

    private Boolean childcareResponsibility;

    @Size(max = 60, message = "First language must be 60 characters or fewer")
    private String firstLanguage;

    private Boolean interpreterNeeded;

    private Substance primarySubstance;

    private Route primaryRoute;

    private List<Substance> otherSubstances = new ArrayList<>();

    private InjectingStatus injectingStatus;

    private List<PersonFlag> flags = new ArrayList<>();

    /** Ticked by the worker after looking at possible matches with the same name and date of birth. */
    private boolean notADuplicate;

    private long version;

    static PersonForm of(Person p) {
        PersonForm f = new PersonForm();
        f.givenName = p.getGivenName();
        f.familyName = p.getFamilyName();
        f.otherNames = p.getOtherNames();
        f.dateOfBirth = DateInput.of(p.getDateOfBirth());
        f.statedSex = p.getStatedSex();
        f.genderIdentity = p.getGenderIdentity();
        f.ethnicity = p.getEthnicity();
        f.pncId = p.getPncId();
        f.croNumber = p.getCroNumber();
        f.crn = p.getCrn();
        f.nhsNumber = p.getNhsNumber() == null ? null : NhsNumber.format(p.getNhsNumber());
        f.prisonNumber = p.getPrisonNumber();
        f.addressLine1 = p.getAddressLine1();
        f.addressLine2 = p.getAddressLine2();
        f.town = p.getTown();
        f.postcode = p.getPostcode();
        f.housingStatus = p.getHousingStatus();
        f.dependentChildren = p.getDependentChildren() == null ? null : String.valueOf(p.getDependentChildren());
        f.childcareResponsibility = p.isChildcareResponsibility();
        f.firstLanguage = p.getFirstLanguage();
        f.interpreterNeeded = p.isInterpreterNeeded();
        f.injectingStatus = p.getInjectingStatus();
        f.flags = new ArrayList<>(p.getFlags());
        for (PersonSubstance s : p.getSubstances()) {
            if (s.isPrimary()) {
                f.primarySubstance = s.getSubstance();
                f.primaryRoute = s.getRoute();
            } else {
                f.otherSubstances.add(s.getSubstance());
            }
        }
        f.version = p.getVersion();
        return f;
    }

    /** The details in canonical form; only call once the form has validated. */
    PersonDetails toDetails(int currentYear) {
        List<PersonDetails.SubstanceUse> uses = new ArrayList<>();
        if (primarySubstance != null) {
            uses.add(new PersonDetails.SubstanceUse(primarySubstance, true, primaryRoute));
        }
        for (Substance other : new LinkedHashSet<>(otherSubstances)) {
            if (other != null && other != primarySubstance) {
                uses.add(new PersonDetails.SubstanceUse(other, false, null));
            }
        }
        Set<PersonFlag> flagSet = EnumSet.noneOf(PersonFlag.class);
        flags.stream().filter(Objects::nonNull).forEach(flagSet::add);
        return new PersonDetails(
                trim(givenName),
                trim(familyName),
                Text.blankToNull(otherNames),
                dateOfBirth.toLocalDate(),
                statedSex,
                genderIdentity,
                ethnicity,
                PncId.normalise(Text.blankToNull(pncId), currentYear).orElse(null),
                CroNumber.normalise(Text.blankToNull(croNumber)).orElse(null),
                Crn.normalise(Text.blankToNull(crn)).orElse(null),
                NhsNumber.normalise(Text.blankToNull(nhsNumber)).orElse(null),
                PrisonNumber.normalise(Text.blankToNull(prisonNumber)).orElse(null),
                Text.blankToNull(addressLine1),
                Text.blankToNull(addressLine2),
                Text.blankToNull(town),
                postcode == null || postcode.isBlank() ? null : formatPostcode(postcode),
                housingStatus,
                dependentChildren == null || dependentChildren.isBlank()
                        ? null
                        : Integer.valueOf(dependentChildren.trim()),
                Boolean.TRUE.equals(childcareResponsibility),
                Text.blankToNull(firstLanguage),
                Boolean.TRUE.equals(interpreterNeeded),
                injectingStatus,
                uses,
                flagSet);
    }

    PersonService.CustodyNumber toCustodyNumber() {
        String number = Text.blankToNull(custodyRecordNumber);
        return number == null ? null : new PersonService.CustodyNumber(custodyRecordForceId, number);
    }

    private static String formatPostcode(String value) {
        String compact = value.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    // Getters and setters for binding.

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public void setOtherNames(String otherNames) {
        this.otherNames = otherNames;
    }

    public DateInput getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(DateInput dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public StatedSex getStatedSex() {
        return statedSex;
    }

    public void setStatedSex(StatedSex statedSex) {
        this.statedSex = statedSex;
    }

    public GenderIdentity getGenderIdentity() {
        return genderIdentity;
    }

    public void setGenderIdentity(GenderIdentity genderIdentity) {
        this.genderIdentity = genderIdentity;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(Ethnicity ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getPncId() {
        return pncId;
    }

    public void setPncId(String pncId) {
        this.pncId = pncId;
    }

    public String getCroNumber() {
        return croNumber;
    }

    public void setCroNumber(String croNumber) {
        this.croNumber = croNumber;
    }

    public String getCrn() {
        return crn;
    }

    public void setCrn(String crn) {
        this.crn = crn;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public void setNhsNumber(String nhsNumber) {
        this.nhsNumber = nhsNumber;
    }

    public String getPrisonNumber() {
        return prisonNumber;
    }

    public void setPrisonNumber(String prisonNumber) {
        this.prisonNumber = prisonNumber;
    }

    public String getCustodyRecordNumber() {
        return custodyRecordNumber;
    }

    public void setCustodyRecordNumber(String custodyRecordNumber) {
        this.custodyRecordNumber = custodyRecordNumber;
    }

    public Long getCustodyRecordForceId() {
        return custodyRecordForceId;
    }

    public void setCustodyRecordForceId(Long custodyRecordForceId) {
        this.custodyRecordForceId = custodyRecordForceId;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public void setAddressLine1(String addressLine1) {
        this.addressLine1 = addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public void setAddressLine2(String addressLine2) {
        this.addressLine2 = addressLine2;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public HousingStatus getHousingStatus() {
        return housingStatus;
    }

    public void setHousingStatus(HousingStatus housingStatus) {
        this.housingStatus = housingStatus;
    }

    public String getDependentChildren() {
        return dependentChildren;
    }

    public void setDependentChildren(String dependentChildren) {
        this.dependentChildren = dependentChildren;
    }

    public Boolean getChildcareResponsibility() {
        return childcareResponsibility;
    }

    public void setChildcareResponsibility(Boolean childcareResponsibility) {
        this.childcareResponsibility = childcareResponsibility;
    }

    public String getFirstLanguage() {
        return firstLanguage;
    }

    public void setFirstLanguage(String firstLanguage) {
        this.firstLanguage = firstLanguage;
    }

    public Boolean getInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(Boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public Substance getPrimarySubstance() {
        return primarySubstance;
    }

    public void setPrimarySubstance(Substance primarySubstance) {
        this.primarySubstance = primarySubstance;
    }

    public Route getPrimaryRoute() {
        return primaryRoute;
    }

    public void setPrimaryRoute(Route primaryRoute) {
        this.primaryRoute = primaryRoute;
    }

    public List<Substance> getOtherSubstances() {
        return otherSubstances;
    }

    public void setOtherSubstances(List<Substance> otherSubstances) {
        this.otherSubstances = otherSubstances;
    }

    public InjectingStatus getInjectingStatus() {
        return injectingStatus;
    }

    public void setInjectingStatus(InjectingStatus injectingStatus) {
        this.injectingStatus = injectingStatus;
    }

    public List<PersonFlag> getFlags() {
        return flags;
    }

    public void setFlags(List<PersonFlag> flags) {
        this.flags = flags;
    }

    public boolean isNotADuplicate() {
        return notADuplicate;
    }

    public void setNotADuplicate(boolean notADuplicate) {
        this.notADuplicate = notADuplicate;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
