package org.throughcare.order;

import java.time.LocalDate;

/** What a requirement says, as the order form collects it; the rules are in {@link OrderRules}. */
record RequirementDetails(
        RequirementKind kind,
        LocalDate willingnessExpressedOn,
        Long providerId,
        String treatmentPlace,
        Residence residence,
        Integer periodMonths,
        Integer testsPerMonth,
        boolean courtReviews,
        String details) {}
