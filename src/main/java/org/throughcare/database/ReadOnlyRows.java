package org.throughcare.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Marks every entity loaded from now on in the current transaction read-only, so the commit does not compare
 * each of them with its snapshot, and stops Hibernate flushing before each query. For pages that write only their
 * audit record first and then read many rows (the person page, the timeline and an order's page, whose sections load
 * consents, referrals, episodes, appointments and more): the profile put a fifth of such a page's time in Hibernate, much of it the flush's
 * dirty checking, and then a third of each section's query in the automatic flush before it, which walked every
 * entity already loaded to find nothing to write.
 *
 * <p>From then on the page only reads, so two of its sections that need the same rows can share one read ({@link
 * #once}): an order's appointments and enforcement sections both show the order's warnings and breaches, and its
 * appointments and checklist sections both read the latest checklist.
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
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getResource(this) == null) {
            TransactionSynchronizationManager.bindResource(this, new HashMap<List<Object>, Object>());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReadOnlyRows.this);
                }
            });
        }
    }

    /**
     * What {@code read} returns, read once for the rest of the transaction once {@link #fromNowOn} has been called
     * in it (by {@code what} and {@code id}); before that, or outside a page, it simply reads, since rows read
     * before a write could be out of date after it.
     */
    @SuppressWarnings("unchecked")
    public <T> T once(String what, Object id, Supplier<T> read) {
        Map<List<Object>, Object> reads =
                (Map<List<Object>, Object>) TransactionSynchronizationManager.getResource(this);
        if (reads == null) {
            return read.get();
        }
        List<Object> key = List.of(what, id);
        if (reads.containsKey(key)) {
            return (T) reads.get(key);
        }
        T value = read.get();
        reads.put(key, value);
        return value;
    }
}
