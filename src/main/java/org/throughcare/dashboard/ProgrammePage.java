package org.throughcare.dashboard;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.Option;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the programme pages show: the model of the programme's page and of its forms. */
@Component
class ProgrammePage {

    private final Programmes programmes;
    private final ProgrammeFigures figures;
    private final DashboardScope scope;

    ProgrammePage(Programmes programmes, ProgrammeFigures figures, DashboardScope scope) {
        this.programmes = programmes;
        this.figures = figures;
        this.scope = scope;
    }

    static final List<Cell> LIST_HEAD = List.of(
            Cell.text("Programme"),
            Cell.text("Kind"),
            Cell.text("Funded until"),
            new Cell("Success factors in place", null, null, true),
            Cell.text("Next review"));

    /** The list of programmes as table rows, under {@link #LIST_HEAD}. */
    static List<List<Cell>> listRows(List<Programmes.Listed> listed) {
        return listed.stream()
                .map(l -> {
                    ProgrammeDetails d = l.programme().details();
                    return List.of(
                            Cell.link(d.name(), "/programmes/" + l.programme().getId()),
                            Cell.text(d.kind().label()),
                            Cell.text(Formats.ukDate(d.fundedTo())),
                            new Cell(l.inPlace() + " of " + SuccessFactor.values().length, null, null, true),
                            Cell.text(l.nextReview() == null ? "Not assessed" : Formats.ukDate(l.nextReview())));
                })
                .toList();
    }

    void show(Long id, Model model, SignedInUser user) {
        Programmes.Described described = programmes.described(id, user);
        Programme programme = described.programme();
        ProgrammeDetails d = programme.details();
        boolean canChange = programmes.canChange(programme, user);
        Map<Long, DashboardScope.TeamRow> teams =
                scope.teams(user).stream().collect(Collectors.toMap(DashboardScope.TeamRow::teamId, t -> t));
        model.addAttribute("programme", programme);
        model.addAttribute("canChange", canChange);
        model.addAttribute(
                "areaName",
                teams.values().stream()
                        .filter(t -> t.areaId().equals(programme.getAreaId()))
                        .map(DashboardScope.TeamRow::areaName)
                        .findFirst()
                        .orElse(""));
        model.addAttribute("description", description(d, teams));
        model.addAttribute("partners", partners(described.partners(), id, canChange));
        model.addAttribute("factors", factors(described.assessments(), id, canChange));
        model.addAttribute("factorHead", factorHead());
        model.addAttribute("figures", figures.of(programme));
    }

    private static List<SummaryRow> description(ProgrammeDetails d, Map<Long, DashboardScope.TeamRow> teams) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of("Kind", d.kind().label()));
        rows.add(SummaryRow.of(
                "Objectives",
                d.objectives().stream()
                                .sorted()
                                .map(ProgrammeDetails.Objective::label)
                                .collect(Collectors.joining(", "))
                        + (d.objectivesDetail() == null ? "" : ". " + d.objectivesDetail())));
        rows.add(SummaryRow.of("Treatment philosophy", d.philosophy().label()));
        rows.add(SummaryRow.of("Where treatment happens", d.setting().label()));
        rows.add(SummaryRow.of("Eligibility criteria", d.eligibility()));
        rows.add(SummaryRow.of("Funding source", d.fundingSource()));
        rows.add(SummaryRow.of(
                "Funding period", Formats.ukDate(d.fundedFrom()) + " to " + Formats.ukDate(d.fundedTo())));
        rows.add(SummaryRow.of(
                "Teams covered",
                d.teamIds().stream()
                        .map(t -> teams.containsKey(t) ? teams.get(t).teamName() : "Team " + t)
                        .sorted()
                        .collect(Collectors.joining(", "))));
        rows.add(SummaryRow.of("Barriers seen", d.barriers() == null ? "None recorded" : d.barriers()));
        return rows;
    }

    /** One row per partner; the last cell is the remove button's form when the user may change the programme. */
    record PartnerRow(
            Long id, String agency, String sector, String responsibilities, String training, String removeAction) {}

    private static List<PartnerRow> partners(List<ProgrammePartner> partners, Long id, boolean canChange) {
        return partners.stream()
                .map(p -> new PartnerRow(
                        p.getId(),
                        p.getAgency(),
                        p.getSector().label(),
                        p.getResponsibilities(),
                        p.getTraining() == null
                                ? "None recorded"
                                : p.getTraining()
                                        + (p.getTrainedOn() == null
                                                ? ""
                                                : " (" + Formats.ukDate(p.getTrainedOn()) + ")"),
                        canChange ? "/programmes/" + id + "/partners/" + p.getId() + "/remove" : null))
                .toList();
    }

    /** Every success factor, assessed or not, in the order DOMAIN.md lists them. */
    private static List<List<Cell>> factors(
            Map<SuccessFactor, ProgrammeSelfAssessment> assessed, Long id, boolean canChange) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SuccessFactor f : SuccessFactor.values()) {
            ProgrammeSelfAssessment a = assessed.get(f);
            List<Cell> row = new ArrayList<>();
            row.add(
                    canChange
                            ? Cell.link(f.label(), "/programmes/" + id + "/success-factors/" + f.slug())
                            : Cell.text(f.label()));
            row.add(
                    a == null
                            ? Cell.tag("Not assessed", "grey")
                            : Cell.tag(a.getRating().label(), a.getRating().colour()));
            row.add(Cell.text(a == null ? "" : a.getEvidence()));
            row.add(Cell.text(a == null ? "" : Formats.ukDate(a.getReviewOn())));
            rows.add(row);
        }
        return rows;
    }

    static List<Cell> factorHead() {
        return List.of(Cell.text("Success factor"), Cell.text("Rating"), Cell.text("Evidence"), Cell.text("Review by"));
    }

    String descriptionForm(Long id, Model model, SignedInUser user) {
        if (id != null) {
            model.addAttribute("programmeName", programmes.programme(id, user).getName());
        }
        model.addAttribute("programmeId", id);
        model.addAttribute("kinds", Option.fromEnum(ProgrammeKind.class, ProgrammeKind::label));
        model.addAttribute(
                "objectiveOptions",
                Option.fromEnum(ProgrammeDetails.Objective.class, ProgrammeDetails.Objective::label));
        model.addAttribute("philosophies", Option.fromEnum(TreatmentPhilosophy.class, TreatmentPhilosophy::label));
        model.addAttribute("settings", Option.fromEnum(ProgrammeSetting.class, ProgrammeSetting::label));
        model.addAttribute(
                "teamOptions",
                scope.teams(user).stream()
                        .filter(t -> t.areaId().equals(user.areaId()))
                        .map(t -> Option.of(t.teamId(), t.teamName()))
                        .toList());
        return "dashboard/programme-form";
    }

    String partnerForm(Long id, Model model, SignedInUser user) {
        model.addAttribute("programme", programmes.programme(id, user));
        model.addAttribute("sectors", Option.fromEnum(PartnerSector.class, PartnerSector::label));
        return "dashboard/partner-form";
    }

    String assessmentForm(Long id, SuccessFactor factor, Model model, SignedInUser user) {
        model.addAttribute("programme", programmes.programme(id, user));
        model.addAttribute("factor", factor);
        model.addAttribute("ratings", Option.fromEnum(FactorRating.class, FactorRating::label));
        return "dashboard/self-assessment-form";
    }
}
