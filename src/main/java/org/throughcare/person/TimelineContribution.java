package org.throughcare.person;

import org.throughcare.user.SignedInUser;

import java.util.List;

/**
 * A module's events on a person's pathway timeline. Each module (custody, referral, and orders and treatment as
 * they arrive) declares one bean of this type, reading only its own data through its own services, which check
 * the viewer's scope; the person module merges them in date order. A module adds itself to the timeline by
 * declaring the bean, never by editing the timeline.
 */
public interface TimelineContribution {

    /** Whether this viewer sees the module's events at all. */
    default boolean shownTo(SignedInUser user) {
        return true;
    }

    /** The module's events for the person, in any order; links only to pages this viewer may open. */
    List<TimelineEntry> entries(PersonRecord person, SignedInUser user);
}
