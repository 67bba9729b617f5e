package org.throughcare.treatment;

/** The interventions of DOMAIN.md stage 9, each in its group. */
public enum InterventionKind {
    STABILISATION("Stabilisation", Group.PHARMACOLOGICAL),
    WITHDRAWAL("Withdrawal", Group.PHARMACOLOGICAL),
    MAINTENANCE("Maintenance (for example methadone or buprenorphine)", Group.PHARMACOLOGICAL),
    RELAPSE_PREVENTION("Relapse prevention", Group.PHARMACOLOGICAL),
    MOTIVATIONAL("Motivational interventions", Group.PSYCHOSOCIAL),
    CONTINGENCY_MANAGEMENT("Contingency management", Group.PSYCHOSOCIAL),
    CBT("Cognitive behavioural therapy", Group.PSYCHOSOCIAL),
    FAMILY_AND_SOCIAL_NETWORK("Family and social network interventions", Group.PSYCHOSOCIAL),
    COUNSELLING("Counselling", Group.PSYCHOSOCIAL),
    PEER_SUPPORT("Peer support", Group.RECOVERY_SUPPORT),
    MUTUAL_AID("Mutual aid", Group.RECOVERY_SUPPORT),
    HOUSING_SUPPORT("Housing support", Group.RECOVERY_SUPPORT),
    EMPLOYMENT_SUPPORT("Employment support", Group.RECOVERY_SUPPORT),
    EDUCATION_SUPPORT("Education support", Group.RECOVERY_SUPPORT);

    /** The three kinds of intervention. */
    public enum Group {
        PHARMACOLOGICAL("Pharmacological"),
        PSYCHOSOCIAL("Psychosocial"),
        RECOVERY_SUPPORT("Recovery support");

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

    InterventionKind(String label, Group group) {
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
