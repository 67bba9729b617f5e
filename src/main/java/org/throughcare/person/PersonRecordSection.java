package org.throughcare.person;

import org.throughcare.user.SignedInUser;

import java.util.Map;

/**
 * A section of the person page that another module fills (custody history, referrals, orders,
 * treatment). The person module shows the sections without knowing their modules.
 */
public interface PersonRecordSection {

    /** Position on the page; lower first. */
    int order();

    /** Heading, also used for the in-page contents list. */
    String title();

    /** Anchor id for the section. */
    String id();

    /** Thymeleaf fragment that renders the section body, e.g. "custody/person-section :: section". */
    String fragment();

    /** What the fragment needs, for this person. Called inside the person view's transaction. */
    Map<String, Object> model(Long personId, SignedInUser user);
}
