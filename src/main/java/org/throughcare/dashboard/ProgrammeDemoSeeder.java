package org.throughcare.dashboard;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.demo.DemoRun;
import org.throughcare.demo.DemoSeeder;
import org.throughcare.user.DemoUsernames;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo manager's area runs one programme, the West Yorkshire DRR pathway, covering every team of the area, with
 * its partners and a self-assessment partly done, so the programme page shows figures from the demo cases.
 */
@Component
class ProgrammeDemoSeeder implements DemoSeeder {

    static final String NAME = "West Yorkshire drug interventions pathway";

    private final Programmes programmes;
    private final DashboardScope scope;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProgrammeDemoSeeder(
            Programmes programmes,
            DashboardScope scope,
            UserDirectory directory,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.programmes = programmes;
        this.scope = scope;
        this.directory = directory;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void seed(DemoRun run) {
        SignedInUser manager =
                directory.signedInUser(DemoUsernames.of(Role.MANAGER)).orElseThrow();
        if (programmes.list(manager, 0, 1).getTotalElements() > 0) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(manager, null, manager.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> seed(manager));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed(SignedInUser manager) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> teams = scope.teams(manager).stream()
                .filter(t -> t.areaId().equals(manager.areaId()))
                .map(DashboardScope.TeamRow::teamId)
                .collect(Collectors.toSet());
        LocalDate start = today.minusYears(3).withDayOfYear(1).withMonth(4);
        Programme programme = programmes.create(
                new ProgrammeDetails(
                        NAME,
                        ProgrammeKind.DRR_PATHWAY,
                        Set.of(
                                ProgrammeDetails.Objective.CRIME_REDUCTION,
                                ProgrammeDetails.Objective.LESS_DRUG_USE,
                                ProgrammeDetails.Objective.LESS_HARM),
                        "Fewer drug-related offences and deaths; more people from custody into treatment within 3 weeks.",
                        TreatmentPhilosophy.HARM_REDUCTION,
                        ProgrammeSetting.BOTH,
                        "Adults testing positive for opiates or cocaine on arrest in West Yorkshire, or assessed as "
                                + "dependent at court and suitable for a Drug Rehabilitation Requirement, who consent.",
                        "Police and Crime Commissioner grant and the local authority public health grant",
                        start,
                        start.plusYears(5).minusDays(1),
                        "Court staff turnover means magistrates are not always aware of the review hearings.",
                        teams),
                manager);
        Long id = programme.getId();
        programmes.addPartner(
                id,
                "West Yorkshire Police",
                PartnerSector.POLICE,
                "Tests on arrest in the custody suites and requires assessments; shares test results with the custody drug team.",
                "Drug testing procedure and the required assessment briefing for custody sergeants",
                today.minusMonths(5),
                manager);
        programmes.addPartner(
                id,
                "Leeds Magistrates’ Court",
                PartnerSector.COURTS,
                "Makes and reviews DRRs; holds the monthly review hearings.",
                "Briefing for magistrates and legal advisers on DRR reviews",
                today.minusMonths(11),
                manager);
        programmes.addPartner(
                id,
                "Leeds community drug service",
                PartnerSector.TREATMENT,
                "Assesses, prescribes and provides key working; reports attendance and test results to probation.",
                null,
                null,
                manager);
        programmes.assess(
                id,
                SuccessFactor.SUSTAINABLE_FUNDING,
                FactorRating.PARTLY,
                "Funded for five years, but the treatment places depend on an annual public health allocation.",
                today.plusMonths(6),
                manager);
        programmes.assess(
                id,
                SuccessFactor.AGREED_OBJECTIVES,
                FactorRating.IN_PLACE,
                "Objectives agreed by the partnership board and written into the partnership agreement.",
                today.plusMonths(12),
                manager);
        programmes.assess(
                id,
                SuccessFactor.TRAINING,
                FactorRating.NOT_IN_PLACE,
                "No training for court staff since the last intake of legal advisers.",
                today.plusMonths(3),
                manager);
    }
}
