package org.throughcare.custody;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ranks that may authorise a drug test when no trigger offence applies: inspector or above (PACE
 * s63B(2)(b)), in the forces' order of seniority, with the Metropolitan and City of London Police titles
 * for the chief officer ranks. The record keeps the label, so a rank reads the same wherever it is shown.
 */
enum PoliceRank {
    INSPECTOR("Inspector"),
    CHIEF_INSPECTOR("Chief Inspector"),
    SUPERINTENDENT("Superintendent"),
    CHIEF_SUPERINTENDENT("Chief Superintendent"),
    COMMANDER("Commander"),
    ASSISTANT_CHIEF_CONSTABLE("Assistant Chief Constable"),
    DEPUTY_ASSISTANT_COMMISSIONER("Deputy Assistant Commissioner"),
    DEPUTY_CHIEF_CONSTABLE("Deputy Chief Constable"),
    ASSISTANT_COMMISSIONER("Assistant Commissioner"),
    CHIEF_CONSTABLE("Chief Constable"),
    DEPUTY_COMMISSIONER("Deputy Commissioner"),
    COMMISSIONER("Commissioner");

    private final String label;

    PoliceRank(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The rank with this label, ignoring case: how a rank recorded before the list existed is read. */
    static Optional<PoliceRank> ofLabel(String label) {
        return Arrays.stream(values())
                .filter(rank -> rank.label.equalsIgnoreCase(label == null ? "" : label.trim()))
                .findFirst();
    }
}
