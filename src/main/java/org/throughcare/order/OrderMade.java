package org.throughcare.order;

/** Published when an order is recorded, for read models such as the dashboards. */
public record OrderMade(Long orderId, Long personId, Long teamId) {}
