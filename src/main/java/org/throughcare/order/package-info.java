/**
 * Court orders with treatment requirements (DRR, ATR, MHTR, drug testing and the simple requirements), court
 * reviews scheduled from them with their progress reports, and the court's decisions on an order. Publishes
 * {@link org.throughcare.order.OrderDirectory} (orders and reviews for other modules), the {@code order_overview}
 * reporting view, and the OrderMade and OrderEnded events.
 */
@ApplicationModule(
        displayName = "Order",
        allowedDependencies = {"audit", "common", "custody", "database", "demo", "person", "referral", "user", "web"})
package org.throughcare.order;

import org.springframework.modulith.ApplicationModule;
