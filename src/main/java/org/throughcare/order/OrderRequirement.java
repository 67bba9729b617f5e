package org.throughcare.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;

/**
 * One requirement of an order. A DRR names its provider and place, whether treatment is resident, its
 * treatment-and-testing period and testing frequency; DRR, ATR and MHTR carry the day the person expressed
 * willingness to comply. The other kinds are simple records with their details.
 */
@Entity
@Table(name = "order_requirement")
class OrderRequirement extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RequirementKind kind;

    @Column(name = "willingness_expressed_on")
    private LocalDate willingnessExpressedOn;

    @Column(name = "provider_id")
    private Long providerId;

    @Column(name = "treatment_place")
    private String treatmentPlace;

    @Enumerated(EnumType.STRING)
    @Column(name = "residence")
    private Residence residence;

    @Column(name = "period_months")
    private Integer periodMonths;

    @Column(name = "tests_per_month")
    private Integer testsPerMonth;

    @Column(name = "court_reviews", nullable = false)
    private boolean courtReviews;

    @Column(name = "details")
    private String details;

    protected OrderRequirement() {}

    OrderRequirement(Long orderId, RequirementDetails details) {
        this.orderId = orderId;
        this.kind = details.kind();
        this.willingnessExpressedOn = details.willingnessExpressedOn();
        this.providerId = details.providerId();
        this.treatmentPlace = details.treatmentPlace();
        this.residence = details.residence();
        this.periodMonths = details.periodMonths();
        this.testsPerMonth = details.testsPerMonth();
        this.courtReviews = details.courtReviews();
        this.details = details.details();
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public RequirementKind getKind() {
        return kind;
    }

    public LocalDate getWillingnessExpressedOn() {
        return willingnessExpressedOn;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getTreatmentPlace() {
        return treatmentPlace;
    }

    public Residence getResidence() {
        return residence;
    }

    public Integer getPeriodMonths() {
        return periodMonths;
    }

    public Integer getTestsPerMonth() {
        return testsPerMonth;
    }

    public boolean isCourtReviews() {
        return courtReviews;
    }

    public String getDetails() {
        return details;
    }
}
