package org.throughcare.compliance;

/** The substances a drug test under an order can report on (a typical probation testing panel). */
public enum PanelSubstance {
    OPIATES("Opiates"),
    COCAINE("Cocaine"),
    AMPHETAMINES("Amphetamines"),
    BENZODIAZEPINES("Benzodiazepines"),
    CANNABIS("Cannabis"),
    METHADONE("Methadone"),
    BUPRENORPHINE("Buprenorphine");

    private final String label;

    PanelSubstance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
