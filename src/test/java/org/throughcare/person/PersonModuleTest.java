package org.throughcare.person;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.throughcare.Fixtures;
import org.throughcare.TestClock;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person module on its own (with the modules it depends on, and no others): it publishes when a team's
 * case with a person is opened, transferred and closed, for the modules that keep a timeline or count caseloads.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({Fixtures.class, TestClock.class})
class PersonModuleTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseService cases;

    @Autowired
    PersonService people;

    @Test
    void recordingSomeoneOpensACaseForTheTeam(Scenario scenario) {
        SignedInUser worker = fixtures.user(Role.CUSTODY_WORKER, "West Yorkshire");

        scenario.stimulate(() -> fixtures.person(worker))
                .andWaitForEventOfType(CaseOpened.class)
                .matching(opened -> opened.teamId().equals(worker.teamId()))
                .toArriveAndVerify(opened -> {
                    assertThat(opened.ownerId()).isEqualTo(worker.id());
                    assertThat(opened.openedFor()).isEqualTo(CaseOpenedFor.CUSTODY_CONTACT);
                    assertThat(opened.accessReason()).isNull();
                    assertThat(opened.openedAt()).isEqualTo(TestClock.NOW);
                });
    }

    @Test
    void openingACaseToGainAccessSaysWhy(Scenario scenario) {
        SignedInUser custody = fixtures.user(Role.CUSTODY_WORKER, "West Yorkshire");
        Person person = fixtures.person(custody);
        SignedInUser probation = fixtures.user(Role.PROBATION_OFFICER, "Leeds");

        scenario.stimulate(
                        () -> cases.openForMyTeam(person.getId(), probation, CaseAccessReason.COURT_ALLOCATION, null))
                .andWaitForEventOfType(CaseOpened.class)
                .matching(opened -> opened.teamId().equals(probation.teamId()))
                .toArriveAndVerify(opened -> {
                    assertThat(opened.personId()).isEqualTo(person.getId());
                    assertThat(opened.accessReason()).isEqualTo(CaseAccessReason.COURT_ALLOCATION);
                });
    }

    @Test
    void transferringAndClosingArePublished(Scenario scenario) {
        SignedInUser worker = fixtures.user(Role.CUSTODY_WORKER, "West Yorkshire");
        SignedInUser colleague = fixtures.user(Role.PROBATION_OFFICER, "Leeds");
        Person person = fixtures.person(worker);
        Long caseId = cases.caseload(worker, 0, 1).getContent().get(0).getId();

        scenario.stimulate(() -> cases.transfer(
                        caseId, new CaseDestination(colleague.teamId(), colleague.id()), "Sentenced", worker))
                .andWaitForEventOfType(CaseTransferred.class)
                .matching(transferred -> transferred.caseId().equals(caseId))
                .toArriveAndVerify(transferred -> {
                    assertThat(transferred.fromTeamId()).isEqualTo(worker.teamId());
                    assertThat(transferred.toOwnerId()).isEqualTo(colleague.id());
                    assertThat(transferred.personId()).isEqualTo(person.getId());
                });

        scenario.stimulate(() -> cases.close(caseId, "Order completed", colleague))
                .andWaitForEventOfType(CaseClosed.class)
                .matching(closed -> closed.caseId().equals(caseId))
                .toArriveAndVerify(closed -> assertThat(closed.reason()).isEqualTo("Order completed"));
    }
}
