package org.throughcare.person;

/** The ONS 2021 census ethnic groups (19 categories) plus "not stated". */
public enum Ethnicity {
    WHITE_BRITISH("White", "English, Welsh, Scottish, Northern Irish or British"),
    WHITE_IRISH("White", "Irish"),
    WHITE_GYPSY_TRAVELLER("White", "Gypsy or Irish Traveller"),
    WHITE_ROMA("White", "Roma"),
    WHITE_OTHER("White", "Any other White background"),
    MIXED_WHITE_BLACK_CARIBBEAN("Mixed or multiple ethnic groups", "White and Black Caribbean"),
    MIXED_WHITE_BLACK_AFRICAN("Mixed or multiple ethnic groups", "White and Black African"),
    MIXED_WHITE_ASIAN("Mixed or multiple ethnic groups", "White and Asian"),
    MIXED_OTHER("Mixed or multiple ethnic groups", "Any other Mixed or multiple ethnic background"),
    ASIAN_INDIAN("Asian or Asian British", "Indian"),
    ASIAN_PAKISTANI("Asian or Asian British", "Pakistani"),
    ASIAN_BANGLADESHI("Asian or Asian British", "Bangladeshi"),
    ASIAN_CHINESE("Asian or Asian British", "Chinese"),
    ASIAN_OTHER("Asian or Asian British", "Any other Asian background"),
    BLACK_AFRICAN("Black, Black British, Caribbean or African", "African"),
    BLACK_CARIBBEAN("Black, Black British, Caribbean or African", "Caribbean"),
    BLACK_OTHER("Black, Black British, Caribbean or African", "Any other Black, Black British or Caribbean background"),
    OTHER_ARAB("Other ethnic group", "Arab"),
    OTHER_ANY("Other ethnic group", "Any other ethnic group"),
    NOT_STATED("Not stated", "Not stated");

    private final String group;
    private final String label;

    Ethnicity(String group, String label) {
        this.group = group;
        this.label = label;
    }

    public String group() {
        return group;
    }

    public String label() {
        return label;
    }

    /** The label with its group, e.g. "Asian or Asian British: Indian". */
    public String fullLabel() {
        return this == NOT_STATED ? label : group + ": " + label;
    }
}
