package org.throughcare.dashboard;

/** What kind of local programme it is: the stage of the pathway it serves. */
enum ProgrammeKind {
    POLICE_DIVERSION("Police diversion scheme"),
    LIAISON_AND_DIVERSION("Liaison and Diversion service"),
    CUSTODY_TESTING("Custody drug testing service"),
    DRR_PATHWAY("Drug Rehabilitation Requirement pathway"),
    TREATMENT_SERVICE("Community or residential treatment service"),
    OTHER("Other programme");

    private final String label;

    ProgrammeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
