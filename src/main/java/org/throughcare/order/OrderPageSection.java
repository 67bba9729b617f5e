package org.throughcare.order;

import org.throughcare.user.SignedInUser;

/**
 * A section of an order's page ({@code /orders/{id}}). The order module's own parts (the order, requirements,
 * court reviews, decisions) and other modules' (the compliance module's appointments, drug tests, enforcement and
 * checklist) are beans of this type, listed in order of {@link #position()}, each shown with its fragment. The
 * order has been checked against the user's team scope, and the view audited, before any section is built.
 *
 * @param <M> the section's view model: what its fragment shows, as {@code ${model.…}}
 */
public interface OrderPageSection<M> {

    /** Position on the page; lower first. The order module's own sections take 10 to 40. */
    int position();

    /** Anchor id, unique on the page. */
    String id();

    /** Heading, also used in the page's contents list. */
    String title();

    /** Thymeleaf fragment that renders the section body, e.g. "compliance/order-section :: appointments". */
    String fragment();

    /** Whether this user sees the section at all. */
    default boolean shownTo(SignedInUser user) {
        return true;
    }

    /**
     * What the fragment needs. {@code canChange} says whether the order still takes changes from this user (an
     * ended order is read-only except for a manager), so that sections hide links the services would refuse.
     */
    M model(OrderSummary order, boolean canChange, SignedInUser user);
}
