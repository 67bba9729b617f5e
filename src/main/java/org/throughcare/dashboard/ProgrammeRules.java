package org.throughcare.dashboard;

import org.throughcare.common.RuleViolationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What a programme's description, a partner and a self-assessment must satisfy, whatever form sent them. The form
 * objects check the same required fields first, for their messages; these rules are what the service enforces.
 */
final class ProgrammeRules {

    /** The longest funding period taken: a figure over more would not fit the dashboards' 10-year limit. */
    static final int LONGEST_FUNDING_YEARS = 10;

    private ProgrammeRules() {}

    /** Problems with a description; {@code areaTeamIds} are the teams of the programme's area. */
    static List<RuleViolationException> check(ProgrammeDetails d, Collection<Long> areaTeamIds) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (blank(d.name())) {
            problems.add(new RuleViolationException("name", "Enter the name of the programme"));
        }
        if (d.kind() == null) {
            problems.add(new RuleViolationException("kind", "Select what kind of programme it is"));
        }
        if (d.objectives().isEmpty()) {
            problems.add(new RuleViolationException("objectives", "Select at least one objective"));
        }
        if (d.philosophy() == null) {
            problems.add(new RuleViolationException("philosophy", "Select the treatment philosophy"));
        }
        if (d.setting() == null) {
            problems.add(new RuleViolationException("setting", "Select where treatment happens"));
        }
        if (blank(d.eligibility())) {
            problems.add(new RuleViolationException("eligibility", "Enter who is eligible for the programme"));
        }
        if (blank(d.fundingSource())) {
            problems.add(new RuleViolationException("fundingSource", "Enter who funds the programme"));
        }
        if (d.fundedFrom() == null) {
            problems.add(new RuleViolationException("fundedFrom", "Enter the start of the funding period"));
        }
        if (d.fundedTo() == null) {
            problems.add(new RuleViolationException("fundedTo", "Enter the end of the funding period"));
        } else if (d.fundedFrom() != null) {
            if (d.fundedTo().isBefore(d.fundedFrom())) {
                problems.add(new RuleViolationException(
                        "fundedTo", "The end of the funding period must be the same as or after its start"));
            } else if (d.fundedFrom().plusYears(LONGEST_FUNDING_YEARS).isBefore(d.fundedTo())) {
                problems.add(new RuleViolationException(
                        "fundedTo", "The funding period must be " + LONGEST_FUNDING_YEARS + " years or shorter"));
            }
        }
        if (d.teamIds().isEmpty()) {
            problems.add(new RuleViolationException("teamIds", "Select at least one team whose cases it covers"));
        } else if (!areaTeamIds.containsAll(d.teamIds())) {
            problems.add(new RuleViolationException("teamIds", "Select teams of the programme's own area only"));
        }
        return problems;
    }

    /** Problems with a partner agency. */
    static List<RuleViolationException> checkPartner(
            String agency,
            PartnerSector sector,
            String responsibilities,
            String training,
            LocalDate trainedOn,
            LocalDate today) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (blank(agency)) {
            problems.add(new RuleViolationException("agency", "Enter the name of the partner agency"));
        }
        if (sector == null) {
            problems.add(new RuleViolationException("sector", "Select the partner's sector"));
        }
        if (blank(responsibilities)) {
            problems.add(
                    new RuleViolationException("responsibilities", "Enter the partner's roles and responsibilities"));
        }
        if (trainedOn != null) {
            if (blank(training)) {
                problems.add(new RuleViolationException(
                        "training", "Describe the training given, or leave the date of training empty"));
            }
            if (trainedOn.isAfter(today)) {
                problems.add(
                        new RuleViolationException("trainedOn", "The date of training must be today or in the past"));
            }
        }
        return problems;
    }

    /** Problems with a self-assessment against one success factor. */
    static List<RuleViolationException> checkAssessment(
            FactorRating rating, String evidence, LocalDate reviewOn, LocalDate today) {
        List<RuleViolationException> problems = new ArrayList<>();
        if (rating == null) {
            problems.add(new RuleViolationException("rating", "Select how far the factor is in place"));
        }
        if (blank(evidence)) {
            problems.add(new RuleViolationException("evidence", "Enter the evidence for the rating"));
        }
        if (reviewOn == null) {
            problems.add(new RuleViolationException("reviewOn", "Enter the date of the next review"));
        } else if (!reviewOn.isAfter(today)) {
            problems.add(new RuleViolationException("reviewOn", "The date of the next review must be in the future"));
        } else if (reviewOn.isAfter(today.plusYears(3))) {
            problems.add(new RuleViolationException("reviewOn", "The date of the next review must be within 3 years"));
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
