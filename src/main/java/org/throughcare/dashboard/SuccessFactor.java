package org.throughcare.dashboard;

/**
 * The success factors reviews of best practice find in drug interventions in the criminal justice system
 * (DOMAIN.md, "What managers measure"): a programme assesses itself against each, with evidence and a review date.
 */
enum SuccessFactor {
    SUSTAINABLE_FUNDING("Sustainable funding", "Funding for every part of the programme, for long enough to work."),
    AGREED_OBJECTIVES(
            "Agreed objectives", "Objectives the partners agree on: crime reduction, less drug use and less harm."),
    TREATMENT_PHILOSOPHY(
            "A stated treatment philosophy", "Abstinence or harm reduction; residential or community treatment."),
    ELIGIBILITY_CRITERIA("Eligibility criteria", "Clear criteria for identifying the people the programme is for."),
    CLIENT_RIGHTS("Client rights and informed consent", "People know their rights and consent to what they join."),
    COMPLIANCE_MONITORING(
            "Compliance monitoring and judicial review",
            "Compliance is monitored and reviewed by the court, with sanctions and rewards."),
    REINTEGRATION("Reintegration and aftercare", "Housing, education, training and employment support, and aftercare."),
    PARTNERSHIP_WORKING(
            "Partnership working", "Health, social care, the voluntary sector and justice agencies work together."),
    PARTNER_ROLES("Clearly defined roles", "Each partner's roles and responsibilities are written down and agreed."),
    TRAINING(
            "Regular training",
            "For police, magistrates and judges, court staff and treatment providers, repeated as staff change."),
    MANAGEMENT_AND_COMMUNICATION(
            "Management and communication", "Management and communication structures, with documentation."),
    MONITORING_AND_EVALUATION("Monitoring and evaluation", "Built in from the start, with an independent evaluation.");

    private final String label;
    private final String description;

    SuccessFactor(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The factor's part of a path: "sustainable-funding". */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static java.util.Optional<SuccessFactor> fromSlug(String slug) {
        return java.util.Arrays.stream(values())
                .filter(f -> f.slug().equals(slug))
                .findFirst();
    }
}
