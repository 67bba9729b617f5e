package org.throughcare.referral;

/** What a consent is to. */
public enum ConsentSubject {
    ASSESSMENT_AND_TREATMENT,
    SHARING
}
