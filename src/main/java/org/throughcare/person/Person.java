package org.throughcare.person;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.throughcare.audit.Audited;
import org.throughcare.audit.AuditedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Someone the service works with: one record across every stage of the pathway. */
@Entity
@Table(name = "person")
public class Person extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    @Column(name = "other_names")
    private String otherNames;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "stated_sex", nullable = false)
    private StatedSex statedSex;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender_identity")
    private GenderIdentity genderIdentity;

    @Enumerated(EnumType.STRING)
    @Column(name = "ethnicity")
    private Ethnicity ethnicity;

    @Audited(label = "PNC ID")
    @Column(name = "pnc_id")
    private String pncId;

    @Audited(label = "CRO number")
    @Column(name = "cro_number")
    private String croNumber;

    @Audited(label = "CRN")
    @Column(name = "crn")
    private String crn;

    @Audited(label = "NHS number")
    @Column(name = "nhs_number")
    private String nhsNumber;

    @Column(name = "prison_number")
    private String prisonNumber;

    @Audited(label = "Address line 1")
    @Column(name = "address_line1")
    private String addressLine1;

    @Audited(label = "Address line 2")
    @Column(name = "address_line2")
    private String addressLine2;

    @Column(name = "town")
    private String town;

    @Column(name = "postcode")
    private String postcode;

    @Enumerated(EnumType.STRING)
    @Column(name = "housing_status")
    private HousingStatus housingStatus;

    @Column(name = "dependent_children")
    private Integer dependentChildren;

    @Column(name = "childcare_responsibility", nullable = false)
    private boolean childcareResponsibility;

    @Column(name = "first_language")
    private String firstLanguage;

    @Column(name = "interpreter_needed", nullable = false)
    private boolean interpreterNeeded;

    @Enumerated(EnumType.STRING)
    @Column(name = "injecting_status")
    private InjectingStatus injectingStatus;

    // A set, not a list, so the person page can fetch it in the same query as the substances (one list).
    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private Set<CustodyRecordNumber> custodyRecordNumbers = new LinkedHashSet<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("primary desc, id")
    private List<PersonSubstance> substances = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "person_flag", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "flag")
    @Enumerated(EnumType.STRING)
    private Set<PersonFlag> flags = new LinkedHashSet<>();

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "merged_at")
    private Instant mergedAt;

    @Column(name = "merged_by")
    private String mergedBy;

    @Column(name = "merge_reason")
    private String mergeReason;

    /** How many records were merged into this one, so the person page asks for them only when there are some. */
    @Column(name = "merged_records", nullable = false)
    private int mergedRecords;

    protected Person() {}

    Person(PersonDetails details) {
        apply(details);
    }

    /** Replaces every editable field; the service has already checked the rules. */
    void apply(PersonDetails d) {
        givenName = d.givenName();
        familyName = d.familyName();
        otherNames = d.otherNames();
        dateOfBirth = d.dateOfBirth();
        statedSex = d.statedSex();
        genderIdentity = d.genderIdentity();
        ethnicity = d.ethnicity();
        pncId = d.pncId();
        croNumber = d.croNumber();
        crn = d.crn();
        nhsNumber = d.nhsNumber();
        prisonNumber = d.prisonNumber();
        addressLine1 = d.addressLine1();
        addressLine2 = d.addressLine2();
        town = d.town();
        postcode = d.postcode();
        housingStatus = d.housingStatus();
        dependentChildren = d.dependentChildren();
        childcareResponsibility = d.childcareResponsibility();
        firstLanguage = d.firstLanguage();
        interpreterNeeded = d.interpreterNeeded();
        injectingStatus = d.injectingStatus();
        flags.clear();
        flags.addAll(d.flags().isEmpty() ? EnumSet.noneOf(PersonFlag.class) : EnumSet.copyOf(d.flags()));
        replaceSubstances(d.substances());
    }

    private void replaceSubstances(List<PersonDetails.SubstanceUse> uses) {
        substances.removeIf(existing -> uses.stream().noneMatch(u -> u.substance() == existing.getSubstance()));
        for (PersonDetails.SubstanceUse use : uses) {
            substances.stream()
                    .filter(s -> s.getSubstance() == use.substance())
                    .findFirst()
                    .ifPresentOrElse(
                            s -> s.change(use.primary(), use.route()),
                            () -> substances.add(
                                    new PersonSubstance(this, use.substance(), use.primary(), use.route())));
        }
    }

    void addCustodyRecordNumber(Long forceId, String number) {
        custodyRecordNumbers.add(new CustodyRecordNumber(this, forceId, number));
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public int ageOn(LocalDate date) {
        return Period.between(dateOfBirth, date).getYears();
    }

    /** The identifiers this record holds, by the label the person page gives them. */
    Map<String, String> identifiers() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("PNC ID", pncId);
        ids.put("CRO number", croNumber);
        ids.put("CRN", crn);
        ids.put("NHS number", nhsNumber);
        ids.put("Prison number", prisonNumber);
        return ids;
    }

    /** Gives up its identifiers, so the record it is merged into can take them (they are unique). */
    Map<String, String> releaseIdentifiers() {
        Map<String, String> released = identifiers();
        pncId = null;
        croNumber = null;
        crn = null;
        nhsNumber = null;
        prisonNumber = null;
        return released;
    }

    /** Takes the identifiers it lacks from a record merged into it; the service has refused any conflict. */
    void takeIdentifiers(Map<String, String> from) {
        pncId = pncId != null ? pncId : from.get("PNC ID");
        croNumber = croNumber != null ? croNumber : from.get("CRO number");
        crn = crn != null ? crn : from.get("CRN");
        nhsNumber = nhsNumber != null ? nhsNumber : from.get("NHS number");
        prisonNumber = prisonNumber != null ? prisonNumber : from.get("Prison number");
    }

    void takeFlags(Set<PersonFlag> more) {
        flags.addAll(more);
    }

    void tookInMergedRecord() {
        mergedRecords++;
    }

    void mergeInto(Long survivorId, Instant at, String by, String reason) {
        this.mergedIntoId = survivorId;
        this.mergedAt = at;
        this.mergedBy = by;
        this.mergeReason = reason;
    }

    public boolean merged() {
        return mergedIntoId != null;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public String getMergeReason() {
        return mergeReason;
    }

    public int getMergedRecords() {
        return mergedRecords;
    }

    public Long getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public StatedSex getStatedSex() {
        return statedSex;
    }

    public GenderIdentity getGenderIdentity() {
        return genderIdentity;
    }

    public Ethnicity getEthnicity() {
        return ethnicity;
    }

    public String getPncId() {
        return pncId;
    }

    public String getCroNumber() {
        return croNumber;
    }

    public String getCrn() {
        return crn;
    }

    public String getNhsNumber() {
        return nhsNumber;
    }

    public String getPrisonNumber() {
        return prisonNumber;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public String getTown() {
        return town;
    }

    public String getPostcode() {
        return postcode;
    }

    public HousingStatus getHousingStatus() {
        return housingStatus;
    }

    public Integer getDependentChildren() {
        return dependentChildren;
    }

    public boolean isChildcareResponsibility() {
        return childcareResponsibility;
    }

    public String getFirstLanguage() {
        return firstLanguage;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public InjectingStatus getInjectingStatus() {
        return injectingStatus;
    }

    public List<CustodyRecordNumber> getCustodyRecordNumbers() {
        return List.copyOf(custodyRecordNumbers);
    }

    public List<PersonSubstance> getSubstances() {
        return substances;
    }

    public Set<PersonFlag> getFlags() {
        return flags;
    }
}
