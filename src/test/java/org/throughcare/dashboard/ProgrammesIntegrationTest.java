package org.throughcare.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.Person;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;
import org.throughcare.web.SummaryRow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Programmes on PostgreSQL: a programme's figures are the dashboards' figures for the teams it covers only; the rules
 * of its description, partners and self-assessment; who may read and change it; and the audit of every change.
 */
@IntegrationTest
class ProgrammesIntegrationTest {

    /** The test clock's today is 17 June 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 17);

    @Autowired
    Programmes programmes;

    @Autowired
    ProgrammeFigures figures;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DashboardSummaries summaries;

    Team covered;
    Team notCovered;
    SignedInUser manager;

    @BeforeEach
    void setUp() {
        covered = data.team("Cleveland");
        notCovered = data.team("Cleveland");
        manager = data.user(Role.MANAGER, data.team("Cleveland"));
    }

    @Test
    void itsFiguresCountTheTestsOfTheTeamsItCoversInItsFundingPeriodOnly() {
        SignedInUser inCovered = data.user(Role.CUSTODY_WORKER, covered);
        SignedInUser inOther = data.user(Role.CUSTODY_WORKER, notCovered);
        Person ann = data.person(inCovered);
        Person ben = data.person(inOther);
        refusedTest(ann, inCovered, "2026-06-10T09:00:00Z");
        refusedTest(ann, inCovered, "2026-06-12T09:00:00Z");
        // Before the funding period, and another team's: neither counts.
        refusedTest(ann, inCovered, "2026-05-20T09:00:00Z");
        refusedTest(ben, inOther, "2026-06-11T09:00:00Z");
        summaries.refresh();

        Programme programme =
                programmes.create(details(Fixtures.unique("Diversion"), Set.of(covered.getId())), manager);
        ProgrammeFigures.Figures shown = figures.of(programme);

        assertThat(shown.from()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(shown.to()).as("the funding period so far").isEqualTo(TODAY);
        assertThat(shown.sections())
                .extracting(ProgrammeFigures.Section::dashboardSlug)
                .containsExactly("custody", "pathway", "orders", "outcomes");
        List<SummaryRow> custody = shown.sections().get(0).headlines();
        assertThat(custody)
                .filteredOn(r -> r.key().equals("Tests"))
                .extracting(SummaryRow::value)
                .containsExactly("2");
        assertThat(shown.sections().get(1).table().caption()).isEqualTo("The pathway from a positive test");
    }

    @Test
    void aProgrammeWhoseFundingHasNotStartedHasNoFiguresYet() {
        ProgrammeDetails later = new ProgrammeDetails(
                Fixtures.unique("Later"),
                ProgrammeKind.CUSTODY_TESTING,
                Set.of(ProgrammeDetails.Objective.LESS_HARM),
                null,
                TreatmentPhilosophy.ABSTINENCE,
                ProgrammeSetting.RESIDENTIAL,
                "Adults",
                "Grant",
                TODAY.plusMonths(1),
                TODAY.plusYears(2),
                null,
                Set.of(covered.getId()));
        ProgrammeFigures.Figures shown = figures.of(programmes.create(later, manager));
        assertThat(shown.sections()).isEmpty();
        assertThat(shown.none()).contains("has not started");
    }

    @Test
    void theDescriptionIsCheckedAndNothingIsSavedWhenRefused() {
        String name = Fixtures.unique("Pathway");
        programmes.create(details(name, Set.of(covered.getId())), manager);
        Long otherArea = data.team("Durham").getId();
        long before = count();

        assertThatThrownBy(() -> programmes.create(details(name.toUpperCase(), Set.of(covered.getId())), manager))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                        .extracting(RuleViolationException::getMessage)
                        .containsExactly("Your area already has a programme with this name"));
        assertThatThrownBy(() -> programmes.create(details(Fixtures.unique("Other"), Set.of(otherArea)), manager))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Select teams of the programme's own area only");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyTheAreasManagerChangesItAnAdministratorReadsItAndOtherAreasCannot() {
        Programme programme = programmes.create(details(Fixtures.unique("Scheme"), Set.of(covered.getId())), manager);
        SignedInUser otherManager = data.user(Role.MANAGER, data.team("Durham"));
        SignedInUser admin = data.user(Role.ADMIN, data.team("Durham"));

        assertThatThrownBy(() -> programmes.programme(programme.getId(), otherManager))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.programme(programme.getId(), admin).getName()).isEqualTo(programme.getName());
        assertThat(programmes.canChange(programme, admin)).isFalse();
        assertThatThrownBy(() -> programmes.addPartner(
                        programme.getId(), "Police", PartnerSector.POLICE, "Tests on arrest", null, null, admin))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.list(otherManager, 0, 100).getContent())
                .extracting(l -> l.programme().getId())
                .doesNotContain(programme.getId());
        assertThat(programmes.list(manager, 0, 100).getContent())
                .extracting(l -> l.programme().getId())
                .contains(programme.getId());
    }

    @Test
    void aChangeMadeOnAStaleFormIsRefused() {
        Programme programme = programmes.create(details(Fixtures.unique("Stale"), Set.of(covered.getId())), manager);
        long opened = programmes.programme(programme.getId(), manager).getVersion();
        programmes.update(
                programme.getId(),
                details(programme.getName(), Set.of(covered.getId(), notCovered.getId())),
                opened,
                manager);
        assertThat(programmes.programme(programme.getId(), manager).getTeamIds())
                .containsExactlyInAnyOrder(covered.getId(), notCovered.getId());

        assertThatThrownBy(() -> programmes.update(
                        programme.getId(), details("Renamed", Set.of(covered.getId())), opened, manager))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Someone else changed this programme");
        assertThat(programmes.programme(programme.getId(), manager).getName()).isEqualTo(programme.getName());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'Programme' and record_id = ?",
                        Long.class,
                        programme.getId().toString()))
                .as("created and changed once")
                .isEqualTo(2);
    }

    @Test
    void aSelfAssessmentIsReplacedByTheNextAndEachIsAudited() {
        Programme programme = programmes.create(details(Fixtures.unique("Assessed"), Set.of(covered.getId())), manager);
        Long id = programme.getId();
        programmes.assess(
                id, SuccessFactor.TRAINING, FactorRating.NOT_IN_PLACE, "None yet", TODAY.plusMonths(1), manager);
        programmes.assess(
                id, SuccessFactor.TRAINING, FactorRating.IN_PLACE, "Court staff trained", TODAY.plusMonths(6), manager);

        var assessed = programmes.assessments(id, manager);
        assertThat(assessed).containsOnlyKeys(SuccessFactor.TRAINING);
        assertThat(assessed.get(SuccessFactor.TRAINING).getRating()).isEqualTo(FactorRating.IN_PLACE);
        assertThat(assessed.get(SuccessFactor.TRAINING).getAssessedBy()).isEqualTo(manager.username());
        assertThat(jdbc.queryForList(
                        "select summary from audit_event where record_type = 'ProgrammeSelfAssessment' and record_id = ?"
                                + " order by id",
                        String.class,
                        assessed.get(SuccessFactor.TRAINING).getId().toString()))
                .containsExactly(
                        programme.getName() + ", Regular training: Not in place, review by 17 July 2026",
                        programme.getName() + ", Regular training: In place, review by 17 December 2026");
        assertThat(programmes.list(manager, 0, 100).getContent())
                .filteredOn(l -> l.programme().getId().equals(id))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.inPlace()).isEqualTo(1);
                    assertThat(l.nextReview()).isEqualTo(TODAY.plusMonths(6));
                });

        assertThatThrownBy(() ->
                        programmes.assess(id, SuccessFactor.TRAINING, FactorRating.PARTLY, "Some", TODAY, manager))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The date of the next review must be in the future");
    }

    @Test
    void partnersAreAddedAndRemovedWithAnAuditLineEach() {
        Programme programme = programmes.create(details(Fixtures.unique("Partners"), Set.of(covered.getId())), manager);
        ProgrammePartner police = programmes.addPartner(
                programme.getId(),
                " Cleveland Police ",
                PartnerSector.POLICE,
                "Tests on arrest",
                "Testing procedure",
                TODAY.minusDays(3),
                manager);
        assertThat(programmes.partners(programme.getId(), manager))
                .extracting(ProgrammePartner::getAgency)
                .containsExactly("Cleveland Police");
        assertThatThrownBy(() -> programmes.addPartner(
                        programme.getId(), "Court", PartnerSector.COURTS, "Reviews", null, TODAY.minusDays(1), manager))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Describe the training given, or leave the date of training empty");

        programmes.removePartner(programme.getId(), police.getId(), manager);
        assertThat(programmes.partners(programme.getId(), manager)).isEmpty();
        assertThat(jdbc.queryForList(
                        "select action from audit_event where record_type = 'ProgrammePartner' and record_id = ? order by id",
                        String.class,
                        police.getId().toString()))
                .containsExactly("CREATE", "DELETE");
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from programme", Long.class);
    }

    static ProgrammeDetails details(String name, Set<Long> teams) {
        return new ProgrammeDetails(
                name,
                ProgrammeKind.POLICE_DIVERSION,
                Set.of(ProgrammeDetails.Objective.CRIME_REDUCTION, ProgrammeDetails.Objective.LESS_DRUG_USE),
                null,
                TreatmentPhilosophy.HARM_REDUCTION,
                ProgrammeSetting.COMMUNITY,
                "Adults arrested for a trigger offence who test positive",
                "Police and Crime Commissioner",
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2028, 5, 31),
                null,
                teams);
    }

    private void refusedTest(Person person, SignedInUser by, String at) {
        jdbc.update("""
                insert into custody_event (person_id, suite_id, arrested_at, test_stage, outcome, refusal_warning_given,
                    created_at, created_by, updated_at, updated_by)
                values (?, (select min(id) from custody_suite), ?, 'ON_ARREST', 'REFUSED', true, now(), ?, now(), ?)""", person.getId(), Timestamp.from(Instant.parse(at)), by.username(), by.username());
    }
}
