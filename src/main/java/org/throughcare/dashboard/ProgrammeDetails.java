package org.throughcare.dashboard;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a manager says about a programme, as the service receives it: text trimmed, blank optional text null.
 *
 * @param teamIds the teams whose cases the programme's figures count
 */
record ProgrammeDetails(
        String name,
        ProgrammeKind kind,
        Set<Objective> objectives,
        String objectivesDetail,
        TreatmentPhilosophy philosophy,
        ProgrammeSetting setting,
        String eligibility,
        String fundingSource,
        LocalDate fundedFrom,
        LocalDate fundedTo,
        String barriers,
        Set<Long> teamIds) {

    /** The objectives reviews of best practice expect a programme to agree on. */
    enum Objective {
        CRIME_REDUCTION("Crime reduction"),
        LESS_DRUG_USE("Reduced drug use"),
        LESS_HARM("Reduced drug-related harm");

        private final String label;

        Objective(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    ProgrammeDetails {
        objectives = objectives == null ? Set.of() : Set.copyOf(objectives);
        teamIds = teamIds == null ? Set.of() : Set.copyOf(teamIds);
    }
}
