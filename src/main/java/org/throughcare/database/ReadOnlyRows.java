package org.throughcare.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Marks every entity loaded from now on in the current transaction read-only, so the commit does not compare
 * each of them with its snapshot, and stops Hibernate flushing before each query. For pages that write only their
 * audit record first and then read many rows (the person page, the timeline and an order's page, whose sections load
 * consents, referrals, episodes, appointments and more): the profile put a fifth of such a page's time in Hibernate, much of it the flush's
 * dirty checking, and then a third of each section's query in the automatic flush before it, which walked every
 * entity already loaded to find nothing to write.
 */
@Component
public class ReadOnlyRows {

    @PersistenceContext
    private EntityManager entityManager;

    public void fromNowOn() {
        Session session = entityManager.unwrap(Session.class);
        // The audit record goes to the database now; anything written later still goes at commit.
        session.flush();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        session.setDefaultReadOnly(true);
    }
}
