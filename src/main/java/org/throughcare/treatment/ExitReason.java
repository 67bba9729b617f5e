package org.throughcare.treatment;

/** Why a treatment episode ended, in the three groups the national measures use. */
public enum ExitReason {
    COMPLETED_FREE_OF_DEPENDENCY("Completed, free of dependency", Group.COMPLETED),
    TRANSFERRED_IN_CUSTODY("Transferred, in custody", Group.TRANSFERRED),
    TRANSFERRED_NOT_IN_CUSTODY("Transferred, not in custody", Group.TRANSFERRED),
    DROPPED_OUT("Dropped out", Group.INCOMPLETE),
    WITHDRAWN_BY_PROVIDER("Treatment withdrawn by the provider", Group.INCOMPLETE),
    DECLINED_TO_START("Declined to start treatment", Group.INCOMPLETE),
    DIED("Died", Group.INCOMPLETE);

    /** The reporting groups. */
    public enum Group {
        COMPLETED("Completed"),
        TRANSFERRED("Transferred"),
        INCOMPLETE("Incomplete");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Group group;

    ExitReason(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }
}
