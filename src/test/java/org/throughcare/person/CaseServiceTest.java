package org.throughcare.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.common.RuleViolationException;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cases move between workers and teams with their history kept, and close with a reason. */
@IntegrationTest
@Import(Fixtures.class)
class CaseServiceTest {

    @Autowired
    CaseService cases;

    @Autowired
    PersonService people;

    @Autowired
    Fixtures data;

    Team team;
    SignedInUser worker;
    SignedInUser colleague;
    Person person;

    @BeforeEach
    void setUp() {
        team = data.team("West Yorkshire");
        worker = data.user(Role.CUSTODY_WORKER, team);
        colleague = data.user(Role.CUSTODY_WORKER, team);
        person = people.create(
                Fixtures.person("Dean", Fixtures.uniqueLetters(), LocalDate.of(1991, 2, 3)), null, worker, false);
    }

    @Test
    void transfersKeepTheirHistoryAndMoveTheCaseload() {
        Long caseId = cases.caseload(worker, 0, 10).getContent().get(0).getId();

        cases.transfer(caseId, new CaseDestination(team.getId(), colleague.id()), "Holiday cover", worker);

        assertThat(cases.caseload(worker, 0, 10).getTotalElements()).isZero();
        assertThat(cases.caseload(colleague, 0, 10).getContent())
                .extracting(PersonCase::getId)
                .containsExactly(caseId);
        assertThat(cases.history(caseId, colleague)).singleElement().satisfies(t -> {
            assertThat(t.getFromOwnerId()).isEqualTo(worker.id());
            assertThat(t.getToOwnerId()).isEqualTo(colleague.id());
            assertThat(t.getReason()).isEqualTo("Holiday cover");
            assertThat(t.getTransferredBy()).isEqualTo("system");
        });
    }

    @Test
    void refusesAnOwnerFromAnotherTeamAndANoOpTransfer() {
        Long caseId = cases.caseload(worker, 0, 10).getContent().get(0).getId();
        SignedInUser elsewhere = data.user(Role.CUSTODY_WORKER, "Kent");

        assertThatThrownBy(
                        () -> cases.transfer(caseId, new CaseDestination(team.getId(), elsewhere.id()), null, worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Select who the case is going to from the list");
        assertThatThrownBy(() -> cases.transfer(caseId, new CaseDestination(team.getId(), worker.id()), null, worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("The case is already with that team and worker");
    }

    @Test
    void closingNeedsAReasonAndLeavesTheCaseload() {
        Long caseId = cases.caseload(worker, 0, 10).getContent().get(0).getId();

        assertThatThrownBy(() -> cases.close(caseId, " ", worker)).isInstanceOf(RuleViolationException.class);
        cases.close(caseId, "Moved out of the area", worker);

        assertThat(cases.caseload(worker, 0, 10).getTotalElements()).isZero();
        PersonCase closed = cases.get(caseId, worker);
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.getCloseReason()).isEqualTo("Moved out of the area");
        assertThatThrownBy(() -> cases.close(caseId, "Again", worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("This case is closed");
    }

    @Test
    void viewingACaseIsScopedAndAudited() {
        Long caseId = cases.caseload(worker, 0, 10).getContent().get(0).getId();
        SignedInUser elsewhere = data.user(Role.CUSTODY_WORKER, "Kent");

        cases.view(caseId, worker);

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'VIEW' and record_type = 'Case' "
                                + "and record_id = ?",
                        Integer.class,
                        String.valueOf(caseId)))
                .isEqualTo(1);
        assertThatThrownBy(() -> cases.view(caseId, elsewhere)).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTeamHasOneOpenCasePerPerson() {
        PersonCase again = cases.openForMyTeam(person.getId(), colleague, CaseAccessReason.REFERRAL_RECEIVED, null);
        assertThat(again.getId())
                .isEqualTo(cases.caseload(worker, 0, 10).getContent().get(0).getId());
    }
}
