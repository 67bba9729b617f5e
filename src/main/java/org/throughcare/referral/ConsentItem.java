package org.throughcare.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One thing a person can consent to, and how a form names it: "TREATMENT" for assessment and treatment,
 * "SHARING_POLICE" for sharing with the police, and so on.
 */
record ConsentItem(ConsentSubject subject, Agency agency) {

    static final String TREATMENT = "TREATMENT";
    private static final String SHARING = "SHARING_";

    static List<ConsentItem> all() {
        List<ConsentItem> items = new ArrayList<>();
        items.add(new ConsentItem(ConsentSubject.ASSESSMENT_AND_TREATMENT, null));
        for (Agency agency : Agency.values()) {
            items.add(new ConsentItem(ConsentSubject.SHARING, agency));
        }
        return items;
    }

    static Optional<ConsentItem> ofCode(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    String code() {
        return subject == ConsentSubject.ASSESSMENT_AND_TREATMENT ? TREATMENT : SHARING + agency.name();
    }

    /** As it reads after "consent to". */
    String label() {
        return subject == ConsentSubject.ASSESSMENT_AND_TREATMENT
                ? "assessment and treatment"
                : "sharing information with " + agency.label();
    }
}
