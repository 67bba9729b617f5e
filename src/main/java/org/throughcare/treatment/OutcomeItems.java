package org.throughcare.treatment;

/**
 * What an outcome review asks about the 28 days before it: days using each substance, injecting and sharing,
 * offending, the three 0-20 scores, work and education, housing. Null where not answered (the rules say so).
 */
record OutcomeItems(
        Integer alcoholDays,
        Integer opiateDays,
        Integer crackDays,
        Integer cocaineDays,
        Integer amphetamineDays,
        Integer cannabisDays,
        Integer otherDrugDays,
        Integer tobaccoDays,
        Integer injectingDays,
        Boolean sharedEquipment,
        Integer shopliftingDays,
        Integer sellingDrugsDays,
        Integer vehicleTheftDays,
        Integer theftBurglaryDays,
        Integer violenceDays,
        Integer psychologicalHealth,
        Integer physicalHealth,
        Integer qualityOfLife,
        Integer paidWorkDays,
        Integer educationDays,
        Boolean acuteHousingProblem,
        Boolean evictionRisk) {}
