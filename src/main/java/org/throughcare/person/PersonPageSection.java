package org.throughcare.person;

import org.throughcare.database.ReadBatch;
import org.throughcare.user.SignedInUser;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A section of the person page. The person module's own parts (personal details, substance use, custody
 * record numbers, cases) and every other module's (custody history, referrals, orders, treatment) are beans
 * of this type; the page lists them in order of {@link #position()} in its contents and shows each with its
 * fragment. All sections of one page are built in one transaction, after the view has been checked against the
 * user's team scope and audited in it.
 *
 * <p>A section whose history grows (custody events, referrals, treatment) gives a {@link #summary summary}: the person
 * page shows that, and the whole section has a page of its own, {@code /people/{id}/{id()}}, built from
 * {@link #model} with the same fragment. A section without a summary is shown whole on the person page. The
 * summaries' statements, and those of the sections shown whole that queue theirs, go to the database together
 * ({@link ReadBatch}).
 *
 * @param <M> the section's view model: what its fragment shows, as {@code ${model.…}}
 */
public interface PersonPageSection<M> {

    /** Position on the page; lower first. The person module's own sections take 10 to 40. */
    int position();

    /** Anchor id, unique on the page. */
    String id();

    /** Heading, also used in the page's contents list. */
    String title();

    /** Thymeleaf fragment that renders the section body, e.g. "custody/person-section :: section". */
    String fragment();

    /** Whether this user sees the section at all. */
    default boolean shownTo(SignedInUser user) {
        return true;
    }

    /** What the fragment needs, for this person and this user. */
    M model(PersonRecord person, SignedInUser user);

    /**
     * The whole section as the person page shows it, for a section without a summary: like {@link #summary}, it may
     * queue its statement on {@code reads} and build its model in the supplier, once the page has sent the batch.
     * The default reads in the supplier, through {@link #model(PersonRecord, SignedInUser)}. A section with a summary
     * leaves this alone: the page asks for the whole section only when there is no summary.
     */
    default Supplier<M> model(PersonRecord person, SignedInUser user, ReadBatch reads) {
        return () -> model(person, user);
    }

    /**
     * What the person page shows instead of the whole section; empty (the default) to show the whole section there.
     * A section queues the statement it needs on {@code reads}: the page sends every section's statement together,
     * in one round trip, and only then asks each supplier (a section may read more in its supplier, for what depends
     * on the rows, as treatment does for the provider's name).
     */
    default Supplier<Optional<PersonSectionSummary>> summary(PersonRecord person, SignedInUser user, ReadBatch reads) {
        return Optional::empty;
    }
}
