package org.throughcare.compliance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.throughcare.audit.AuditedEntity;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A drug test under an order: the result per substance tested, or refused / not provided. */
@Entity
@Table(name = "order_drug_test")
class OrderDrugTest extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private Long orderId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(name = "tested_on", nullable = false, updatable = false)
    private LocalDate testedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DrugTestStatus status;

    @Column(updatable = false)
    private String notes;

    /** True for a positive result; only substances tested have an entry. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "order_drug_test_result", joinColumns = @JoinColumn(name = "test_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "substance")
    @Column(name = "positive", nullable = false)
    private Map<PanelSubstance, Boolean> results = new EnumMap<>(PanelSubstance.class);

    protected OrderDrugTest() {}

    OrderDrugTest(
            Long orderId,
            Long personId,
            LocalDate testedOn,
            DrugTestStatus status,
            Map<PanelSubstance, Boolean> results,
            String notes) {
        this.orderId = orderId;
        this.personId = personId;
        this.testedOn = testedOn;
        this.status = status;
        this.results.putAll(results);
        this.notes = notes;
    }

    /** "Positive: opiates, cocaine; negative: cannabis", "Refused" or "Not provided". */
    String summary() {
        if (status != DrugTestStatus.TESTED) {
            return status.label();
        }
        Map<Boolean, String> byResult = new EnumMap<>(results)
                .entrySet().stream()
                        .collect(Collectors.partitioningBy(
                                Map.Entry::getValue,
                                Collectors.mapping(
                                        e -> e.getKey().label().toLowerCase(java.util.Locale.UK),
                                        Collectors.joining(", "))));
        String positive = byResult.get(true);
        String negative = byResult.get(false);
        return (positive.isEmpty() ? "" : "Positive: " + positive)
                + (positive.isEmpty() || negative.isEmpty() ? "" : "; ")
                + (negative.isEmpty() ? "" : (positive.isEmpty() ? "Negative: " : "negative: ") + negative);
    }

    boolean anyPositive() {
        return results.containsValue(Boolean.TRUE);
    }

    public Long getId() {
        return id;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getPersonId() {
        return personId;
    }

    public LocalDate getTestedOn() {
        return testedOn;
    }

    public DrugTestStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public Map<PanelSubstance, Boolean> getResults() {
        return results;
    }
}
