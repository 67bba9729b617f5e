package org.throughcare.dashboard;

import org.springframework.stereotype.Component;
import org.throughcare.person.Substance;
import org.throughcare.web.Cell;
import org.throughcare.web.SummaryRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pathway funnel from a positive test on arrest to completed treatment, with conversion at each step and the
 * median days from the test, and the funnel broken down by sex, age, ethnic group, primary substance, poly-drug use
 * and acute housing need, so that groups who fall out of the pathway are visible.
 */
@Component
class PathwayDashboard implements Dashboard {

    private static final Map<String, String> ETHNIC_GROUPS = Map.of(
            "WHITE", "White",
            "MIXED", "Mixed or multiple ethnic groups",
            "ASIAN", "Asian or Asian British",
            "BLACK", "Black, Black British, Caribbean or African",
            "OTHER", "Other ethnic group",
            "NOT", "Not stated");

    private static final Map<String, String> SEXES =
            Map.of("MALE", "Male", "FEMALE", "Female", "NOT_KNOWN", "Not known");

    private final PathwayFigures figures;

    PathwayDashboard(PathwayFigures figures) {
        this.figures = figures;
    }

    @Override
    public int position() {
        return 20;
    }

    @Override
    public String slug() {
        return "pathway";
    }

    @Override
    public String title() {
        return "Pathway";
    }

    @Override
    public boolean fromSummaries() {
        return true;
    }

    @Override
    public boolean listsFromSummaries() {
        return true;
    }

    @Override
    public String description() {
        return "From a positive test on arrest to assessment, referral, treatment, 12 weeks retained and completion: "
                + "conversion at each step, days from arrest, and the same by sex, age, ethnicity, substance, "
                + "poly-drug use and housing need.";
    }

    @Override
    public View view(DashboardFilter filter, FigureLinks link) {
        PathwayFigures.Funnel funnel = figures.funnel(filter);
        PathwayFigures.Steps s = funnel.steps();
        View brief = brief(funnel, filter, link);
        List<Table> tables = new ArrayList<>(brief.tables());
        tables.addAll(breakdowns(figures.breakdowns(filter), filter, link));
        BarChart chart = BarChart.of(
                "People reaching each step",
                List.of("Positive", "Assessed", "Referred", "Treatment", "Retained", "Completed"),
                List.of("Positive", "Assessed", "Referred", "Treated", "Retained", "Completed"),
                List.of(s.positive(), s.assessed(), s.referred(), s.engaged(), s.retained(), s.completed()));
        return new View(brief.headlines(), chart, tables);
    }

    /** The funnel without its breakdowns, which are a second pass over the cohort (most of the page's cost). */
    @Override
    public View brief(DashboardFilter filter, FigureLinks link) {
        return brief(figures.funnel(filter), filter, link);
    }

    private View brief(PathwayFigures.Funnel funnel, DashboardFilter filter, FigureLinks link) {
        PathwayFigures.Steps s = funnel.steps();
        List<SummaryRow> headlines = List.of(
                SummaryRow.of("People with a positive test", String.valueOf(s.positive())),
                SummaryRow.of("Started treatment", s.engaged() + Dashboard.percent(s.engaged(), s.positive())),
                SummaryRow.of("Median days from arrest to treatment", days(funnel.daysToTreatment())));
        List<List<Cell>> steps = List.of(
                step("Positive test on arrest", s.positive(), null, s, null, "POSITIVE", filter, link),
                step(
                        "Attended a required assessment",
                        s.assessed(),
                        s.positive(),
                        s,
                        funnel.daysToAssessment(),
                        "ASSESSED",
                        filter,
                        link),
                step("Referred", s.referred(), s.assessed(), s, funnel.daysToReferral(), "REFERRED", filter, link),
                step(
                        "Started treatment",
                        s.engaged(),
                        s.referred(),
                        s,
                        funnel.daysToTreatment(),
                        "ENGAGED",
                        filter,
                        link),
                step("Retained 12 weeks", s.retained(), s.engaged(), s, null, "RETAINED", filter, link),
                step("Completed treatment", s.completed(), s.retained(), s, null, "COMPLETED", filter, link));
        Table table = new Table(
                "The pathway from a positive test",
                Dashboard.numericHead(
                        "Step",
                        "People",
                        "Of the step before (%)",
                        "Of those tested positive (%)",
                        "Median days from arrest"),
                steps);
        return new View(headlines, null, List.of(table));
    }

    private static List<Cell> step(
            String label,
            long people,
            Long before,
            PathwayFigures.Steps all,
            Double days,
            String detail,
            DashboardFilter filter,
            FigureLinks link) {
        return List.of(
                Cell.text(label),
                link.count(people, Figure.PATHWAY, detail, filter),
                numeric(before == null ? "–" : share(people, before)),
                numeric(share(people, all.positive())),
                numeric(days(days)));
    }

    /** "3 (75%)", the count linked to the people of the group who reached the step. */
    private static Cell stepOfGroup(
            long count, long positive, String step, String group, DashboardFilter filter, FigureLinks link) {
        Cell linked = link.count(count, Figure.PATHWAY, step, filter, group);
        return new Cell(count + " (" + share(count, positive) + "%)", linked.href(), null, true);
    }

    private List<Table> breakdowns(List<PathwayFigures.Group> groups, DashboardFilter filter, FigureLinks link) {
        List<Table> tables = new ArrayList<>();
        for (PathwayFigures.Breakdown b : PathwayFigures.Breakdown.values()) {
            List<List<Cell>> rows = groups.stream()
                    .filter(g -> g.dimension() == b)
                    .map(g -> {
                        PathwayFigures.Steps s = g.steps();
                        String group = b.name() + ":" + (g.group() == null ? "~" : g.group());
                        return List.of(
                                Cell.text(groupName(b, g.group())),
                                link.count(s.positive(), Figure.PATHWAY, null, filter, group),
                                stepOfGroup(s.assessed(), s.positive(), "ASSESSED", group, filter, link),
                                stepOfGroup(s.referred(), s.positive(), "REFERRED", group, filter, link),
                                stepOfGroup(s.engaged(), s.positive(), "ENGAGED", group, filter, link),
                                stepOfGroup(s.retained(), s.positive(), "RETAINED", group, filter, link),
                                stepOfGroup(s.completed(), s.positive(), "COMPLETED", group, filter, link));
                    })
                    .toList();
            tables.add(new Table(
                    "By " + b.label().toLowerCase(Locale.UK),
                    Dashboard.numericHead(
                            b.label(),
                            "Positive",
                            "Assessed",
                            "Referred",
                            "Started treatment",
                            "Retained 12 weeks",
                            "Completed"),
                    rows));
        }
        return tables;
    }

    static String groupName(PathwayFigures.Breakdown breakdown, String group) {
        if (group == null) {
            return "Not recorded";
        }
        return switch (breakdown) {
            case SEX -> SEXES.getOrDefault(group, group);
            case AGE_BAND -> group.substring(3);
            case ETHNICITY -> ETHNIC_GROUPS.getOrDefault(group, group);
            case PRIMARY_SUBSTANCE -> {
                try {
                    yield Substance.valueOf(group).label();
                } catch (IllegalArgumentException unknown) {
                    yield group;
                }
            }
            default -> group;
        };
    }

    private static Cell numeric(String text) {
        return new Cell(text, null, null, true);
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "–" : String.valueOf(Math.round(100.0 * part / whole));
    }

    private static String days(Double days) {
        return days == null ? "–" : String.valueOf(Math.round(days * 10) / 10.0);
    }
}
