package org.throughcare.person;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Marks every entity loaded from now on in the current transaction read-only, so the commit does not compare
 * each of them with its snapshot. For pages that write only their audit record first and then read many rows
 * (the person page and the timeline, whose sections load consents, referrals, episodes and more): the profile
 * put a fifth of such a page's time in Hibernate, much of it the flush's dirty checking.
 */
@Component
class ReadOnlyRows {

    @PersistenceContext
    private EntityManager entityManager;

    void fromNowOn() {
        entityManager.unwrap(Session.class).setDefaultReadOnly(true);
    }
}
