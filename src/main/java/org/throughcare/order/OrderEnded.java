package org.throughcare.order;

import java.time.LocalDate;

/** Published when the court's decision ends an order. */
public record OrderEnded(Long orderId, Long personId, OrderOutcome outcome, LocalDate endedOn) {}
