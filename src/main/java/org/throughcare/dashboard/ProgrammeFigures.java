package org.throughcare.dashboard;

import org.springframework.stereotype.Component;
import org.throughcare.web.SummaryRow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme's throughputs, outputs and outcomes: the dashboards' own figures (the same views, the same code) for
 * the teams the programme covers, over its funding period so far.
 */
@Component
class ProgrammeFigures {

    /** One part of the page: a dashboard's headline figures, and its first table where it adds to them. */
    record Section(String heading, String dashboardSlug, List<SummaryRow> headlines, Dashboard.Table table) {}

    /** The figures, or why there are none yet ({@code sections} empty and {@code none} set). */
    record Figures(LocalDate from, LocalDate to, List<Section> sections, String none) {}

    private record Part(String heading, String slug, boolean withTable) {}

    private static final List<Part> PARTS = List.of(
            new Part("Throughputs: testing on arrest", "custody", false),
            new Part("Outputs: the pathway into treatment", "pathway", true),
            new Part("Outputs: orders", "orders", false),
            new Part("Outcomes: change between outcome reviews", "outcomes", false));

    private final Dashboards dashboards;
    private final Clock clock;

    ProgrammeFigures(Dashboards dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    Figures of(Programme programme) {
        ProgrammeDetails d = programme.details();
        LocalDate today = LocalDate.now(clock);
        if (d.fundedFrom().isAfter(today)) {
            return new Figures(
                    d.fundedFrom(),
                    d.fundedTo(),
                    List.of(),
                    "There are no figures yet: the funding period has not started.");
        }
        LocalDate to = d.fundedTo().isAfter(today) ? today : d.fundedTo();
        DashboardFilter filter =
                new DashboardFilter(null, null, List.copyOf(d.teamIds()), d.fundedFrom(), to, d.name());
        // No links to the cases behind a figure: the case lists filter by area or one team, not by a programme's
        // teams, so a link would list other cases than were counted.
        FigureLinks plain = new FigureLinks(false);
        List<Section> sections = new ArrayList<>();
        for (Part part : PARTS) {
            dashboards.find(part.slug()).ifPresent(dashboard -> {
                Dashboard.View view = dashboard.brief(filter, plain);
                sections.add(new Section(
                        part.heading(),
                        part.slug(),
                        view.headlines(),
                        part.withTable() ? view.tables().get(0) : null));
            });
        }
        return new Figures(d.fundedFrom(), to, sections, null);
    }
}
