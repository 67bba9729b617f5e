package org.throughcare.treatment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The numbered items of an outcome review, each with its form field, column, wording and range, so the form,
 * the rules, the review's page and the change table all say the same.
 */
enum OutcomeItem {
    ALCOHOL(
            Group.SUBSTANCES,
            "alcoholDays",
            "alcohol_days",
            "Alcohol",
            "days using alcohol",
            OutcomeItems::alcoholDays),
    OPIATES(Group.SUBSTANCES, "opiateDays", "opiate_days", "Opiates", "days using opiates", OutcomeItems::opiateDays),
    CRACK(Group.SUBSTANCES, "crackDays", "crack_days", "Crack", "days using crack", OutcomeItems::crackDays),
    COCAINE(
            Group.SUBSTANCES,
            "cocaineDays",
            "cocaine_days",
            "Cocaine",
            "days using cocaine",
            OutcomeItems::cocaineDays),
    AMPHETAMINES(
            Group.SUBSTANCES,
            "amphetamineDays",
            "amphetamine_days",
            "Amphetamines",
            "days using amphetamines",
            OutcomeItems::amphetamineDays),
    CANNABIS(
            Group.SUBSTANCES,
            "cannabisDays",
            "cannabis_days",
            "Cannabis",
            "days using cannabis",
            OutcomeItems::cannabisDays),
    OTHER_DRUG(
            Group.SUBSTANCES,
            "otherDrugDays",
            "other_drug_days",
            "Other drugs",
            "days using other drugs",
            OutcomeItems::otherDrugDays),
    TOBACCO(
            Group.SUBSTANCES,
            "tobaccoDays",
            "tobacco_days",
            "Tobacco",
            "days using tobacco",
            OutcomeItems::tobaccoDays),
    INJECTING(
            Group.INJECTING,
            "injectingDays",
            "injecting_days",
            "Days injecting",
            "days injecting",
            OutcomeItems::injectingDays),
    SHOPLIFTING(
            Group.OFFENDING,
            "shopliftingDays",
            "shoplifting_days",
            "Shoplifting",
            "days shoplifting",
            OutcomeItems::shopliftingDays),
    SELLING_DRUGS(
            Group.OFFENDING,
            "sellingDrugsDays",
            "selling_drugs_days",
            "Selling drugs",
            "days selling drugs",
            OutcomeItems::sellingDrugsDays),
    VEHICLE_THEFT(
            Group.OFFENDING,
            "vehicleTheftDays",
            "vehicle_theft_days",
            "Theft from or of a vehicle",
            "days of vehicle theft",
            OutcomeItems::vehicleTheftDays),
    THEFT_BURGLARY(
            Group.OFFENDING,
            "theftBurglaryDays",
            "theft_burglary_days",
            "Other theft or burglary",
            "days of other theft or burglary",
            OutcomeItems::theftBurglaryDays),
    VIOLENCE(
            Group.OFFENDING,
            "violenceDays",
            "violence_days",
            "Assault or violence",
            "days of assault or violence",
            OutcomeItems::violenceDays),
    PSYCHOLOGICAL_HEALTH(
            Group.HEALTH,
            "psychologicalHealth",
            "psychological_health",
            "Psychological health",
            "psychological health score",
            OutcomeItems::psychologicalHealth),
    PHYSICAL_HEALTH(
            Group.HEALTH,
            "physicalHealth",
            "physical_health",
            "Physical health",
            "physical health score",
            OutcomeItems::physicalHealth),
    QUALITY_OF_LIFE(
            Group.HEALTH,
            "qualityOfLife",
            "quality_of_life",
            "Quality of life",
            "quality of life score",
            OutcomeItems::qualityOfLife),
    PAID_WORK(
            Group.WORK_AND_HOUSING,
            "paidWorkDays",
            "paid_work_days",
            "Days in paid work",
            "days in paid work",
            OutcomeItems::paidWorkDays),
    EDUCATION(
            Group.WORK_AND_HOUSING,
            "educationDays",
            "education_days",
            "Days in education",
            "days in education",
            OutcomeItems::educationDays);

    /** The form's fieldsets, in page order. */
    enum Group {
        SUBSTANCES,
        INJECTING,
        OFFENDING,
        HEALTH,
        WORK_AND_HOUSING
    }

    /** The days of use summed over these in the reporting view: every substance but tobacco. */
    static final List<OutcomeItem> SUBSTANCES_BUT_TOBACCO =
            List.of(ALCOHOL, OPIATES, CRACK, COCAINE, AMPHETAMINES, CANNABIS, OTHER_DRUG);

    private final Group group;
    private final String field;
    private final String column;
    private final String label;
    private final String noun;
    private final Function<OutcomeItems, Integer> value;

    OutcomeItem(
            Group group,
            String field,
            String column,
            String label,
            String noun,
            Function<OutcomeItems, Integer> value) {
        this.group = group;
        this.field = field;
        this.column = column;
        this.label = label;
        this.noun = noun;
        this.value = value;
    }

    Group group() {
        return group;
    }

    String field() {
        return field;
    }

    String column() {
        return column;
    }

    String label() {
        return label;
    }

    /** A 0-20 score, where higher is better; the others count days out of 28, where fewer is better. */
    boolean score() {
        return group == Group.HEALTH;
    }

    /** Whether {@code outcome_change_overview} has its first and latest values and change (work and education not). */
    boolean inChangeOverview() {
        return group != Group.WORK_AND_HOUSING;
    }

    int max() {
        return score() ? 20 : 28;
    }

    Integer valueIn(OutcomeItems items) {
        return value.apply(items);
    }

    /** "Enter the number of days using alcohol, from 0 to 28"; "Enter the physical health score, from 0 to 20". */
    String missing() {
        return "Enter " + what() + ", from 0 to " + max();
    }

    /** "The number of days using alcohol must be from 0 to 28". */
    String outOfRange() {
        String what = what();
        return what.substring(0, 1).toUpperCase(Locale.UK) + what.substring(1) + " must be from 0 to " + max();
    }

    private String what() {
        return score() ? "the " + noun : "the number of " + noun;
    }

    static List<OutcomeItem> in(Group group) {
        return Arrays.stream(values()).filter(i -> i.group == group).toList();
    }
}
