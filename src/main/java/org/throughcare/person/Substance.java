package org.throughcare.person;

/** Substances used, NDTMS style. */
public enum Substance {
    HEROIN("Heroin"),
    METHADONE_ILLICIT("Methadone (illicit)"),
    OTHER_OPIATES("Other opiates"),
    CRACK_COCAINE("Crack cocaine"),
    POWDER_COCAINE("Powder cocaine"),
    AMPHETAMINES("Amphetamines"),
    ECSTASY("Ecstasy"),
    BENZODIAZEPINES("Benzodiazepines"),
    CANNABIS("Cannabis"),
    ALCOHOL("Alcohol"),
    GABAPENTINOIDS("Gabapentinoids"),
    OTHER("Other");

    private final String label;

    Substance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
