package org.throughcare.person;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.throughcare.Fixtures;
import org.throughcare.IntegrationTest;
import org.throughcare.TestClock;
import org.throughcare.common.RuleViolationException;
import org.throughcare.person.identifier.CroNumber;
import org.throughcare.person.identifier.PncId;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The person register's rules on PostgreSQL: no duplicates, plausible dates, team scope, audit. */
@IntegrationTest
@Import(Fixtures.class)
class PersonServiceTest {

    @Autowired
    PersonService people;

    @Autowired
    CaseService cases;

    @Autowired
    Fixtures data;

    @Autowired
    JdbcTemplate jdbc;

    SignedInUser worker;
    String family;
    LocalDate born = LocalDate.of(1979, 11, 3);

    @BeforeEach
    void setUp() {
        worker = data.user(Role.CUSTODY_WORKER, "West Yorkshire");
        family = Fixtures.uniqueLetters();
    }

    @Test
    void createsThePersonAndACaseForTheWorkersTeamOwnedByThem() {
        Person person = people.create(Fixtures.person("Gary", family, born), null, worker, false);

        List<PersonCase> opened = casesOf(person);
        assertThat(opened).singleElement().satisfies(c -> {
            assertThat(c.getTeamId()).isEqualTo(worker.teamId());
            assertThat(c.getOwnerId()).isEqualTo(worker.id());
            assertThat(c.getOpenedFor()).isEqualTo(CaseOpenedFor.CUSTODY_CONTACT);
            assertThat(c.isOpen()).isTrue();
        });
        assertThat(auditCount("CREATE", "Person", person.getId())).isEqualTo(1);
    }

    @Test
    void refusesAnIdentifierAlreadyRecordedAndTheDatabaseBacksTheRule() {
        String pnc = PncId.withCheckLetter(2011, 8_000_000 + Math.abs(family.hashCode() % 900_000));
        people.create(withPnc("Gary", family, pnc), null, worker, false);

        assertThatThrownBy(() -> people.create(withPnc("Other", family + "x", pnc), null, worker, true))
                .isInstanceOf(DuplicateIdentifierException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("pncId"))
                .hasMessageContaining("already recorded for Gary " + family);
        assertThatThrownBy(() -> jdbc.update("""
                insert into person (given_name, family_name, date_of_birth, stated_sex, pnc_id, created_at, created_by,
                                    updated_at, updated_by) values ('A', 'B', '1980-01-01', 'MALE', ?, now(), 't', now(), 't')
                """, pnc)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void asksForConfirmationWhenNameAndDateOfBirthMatchWhateverTheAccentsOrCase() {
        people.create(Fixtures.person("Seán", family, born), null, worker, false);

        assertThatThrownBy(
                        () -> people.create(Fixtures.person("sean", family.toUpperCase(), born), null, worker, false))
                .isInstanceOfSatisfying(
                        PossibleDuplicatesException.class,
                        e -> assertThat(e.matches())
                                .extracting(PersonSummary::fullName)
                                .containsExactly("Seán " + family));

        Person second = people.create(Fixtures.person("sean", family.toUpperCase(), born), null, worker, true);
        assertThat(second.getId()).isNotNull();
    }

    /** Outside demo mode (tests run without it) a 999 number is a test number, never a real person's. */
    @Test
    void refusesAnNhsNumberFromTheTestRange() {
        PersonDetails details = Fixtures.details()
                .named("Gary", family)
                .born(born)
                .sex(StatedSex.MALE)
                .nhsNumber("9990000018")
                .build();
        assertThatThrownBy(() -> people.create(details, null, worker, false))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("nhsNumber"))
                .hasMessageContaining("for testing only");
        assertThat(jdbc.queryForObject("select count(*) from person where family_name = ?", Integer.class, family))
                .isZero();
    }

    @Test
    void refusesAnImplausibleDateOfBirth() {
        assertThatThrownBy(() -> people.create(
                        Fixtures.person("Baby", family, TestClock.TODAY.minusYears(2)), null, worker, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Date of birth must give an age between 10 and 110");
        assertThatThrownBy(() -> people.create(
                        Fixtures.person("Future", family, TestClock.TODAY.plusDays(1)), null, worker, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Date of birth must be in the past");
    }

    @Test
    void refusesACustodyRecordNumberTheForceHasAlreadyGiven() {
        people.create(
                Fixtures.person("One", family, born),
                new PersonService.CustodyNumber(42L, "CR" + family),
                worker,
                true);
        assertThatThrownBy(() -> people.create(
                        Fixtures.person("Two", family + "b", born),
                        new PersonService.CustodyNumber(42L, "cr" + family),
                        worker,
                        true))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("custodyRecordNumber"));
    }

    @Test
    void viewingIsScopedToTheTeamsCasesAndAudited() {
        Person person = people.create(Fixtures.person("Wayne", family, born), null, worker, false);
        SignedInUser otherTeam = data.user(Role.PROBATION_OFFICER, "Leeds");
        SignedInUser admin = data.user(Role.ADMIN, "Leeds");

        PersonRecord record = people.view(person.getId(), worker);
        assertThat(record.person().fullName()).isEqualTo("Wayne " + family);
        assertThat(auditCount("VIEW", "Person", person.getId())).isEqualTo(1);

        assertThatThrownBy(() -> people.view(person.getId(), otherTeam)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.view(person.getId(), admin)).isInstanceOf(AccessDeniedException.class);
        assertThat(auditCount("VIEW", "Person", person.getId()))
                .as("refused views are not audited as views")
                .isEqualTo(1);

        cases.openForMyTeam(person.getId(), otherTeam, CaseAccessReason.COURT_ALLOCATION, null);
        assertThat(people.view(person.getId(), otherTeam).cases()).hasSize(2);
    }

    @Test
    void openingTheEditFormIsAnAuditedView() {
        Person person = people.create(Fixtures.person("Jodie", family, born), null, worker, false);
        people.forEdit(person.getId(), worker);
        assertThat(auditCount("VIEW", "Person", person.getId())).isEqualTo(1);
    }

    @Test
    void aManagerSeesThePeopleOfEveryTeamInTheirArea() {
        Person person = people.create(Fixtures.person("Kelly", family, born), null, worker, false);
        SignedInUser sameArea = data.user(Role.MANAGER, "West Yorkshire");
        SignedInUser otherArea = data.user(Role.MANAGER, "Kent");

        assertThat(people.view(person.getId(), sameArea).person().getId()).isEqualTo(person.getId());
        assertThatThrownBy(() -> people.view(person.getId(), otherArea)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEditWithAStaleVersionIsRefusedAndChangesAreAuditedOldToNew() {
        Person person = people.create(Fixtures.person("Lee", family, born), null, worker, false);
        long version = people.forEdit(person.getId(), worker).getVersion();

        people.update(person.getId(), Fixtures.person("Leigh", family, born), version, worker);

        assertThatThrownBy(() -> people.update(person.getId(), Fixtures.person("Lea", family, born), version, worker))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Someone else changed");
        String summary = jdbc.queryForObject(
                "select summary from audit_event where action = 'UPDATE' "
                        + "and record_type = 'Person' and record_id = ?",
                String.class,
                String.valueOf(person.getId()));
        assertThat(summary).isEqualTo("Given name: Lee → Leigh");
        assertThat(people.forEdit(person.getId(), worker).getGivenName()).isEqualTo("Leigh");
    }

    @Test
    void onlyOnePrimarySubstance() {
        PersonDetails twoPrimaries = Fixtures.details()
                .named("Two", family)
                .born(born)
                .sex(StatedSex.MALE)
                .croNumber(CroNumber.withCheckLetter(5, 1))
                .substances(List.of(
                        new PersonDetails.SubstanceUse(Substance.HEROIN, true, Route.SMOKE),
                        new PersonDetails.SubstanceUse(Substance.CRACK_COCAINE, true, Route.SMOKE)))
                .build();
        assertThatThrownBy(() -> people.create(twoPrimaries, null, worker, true))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("primarySubstance"));
    }

    private PersonDetails withPnc(String given, String familyName, String pnc) {
        return Fixtures.details()
                .named(given, familyName)
                .born(born)
                .sex(StatedSex.MALE)
                .pncId(pnc)
                .build();
    }

    private List<PersonCase> casesOf(Person person) {
        return people.view(person.getId(), worker).cases().isEmpty()
                ? List.of()
                : List.copyOf(caseRepository.findByPersonIdOrderByOpenedAtDesc(person.getId()));
    }

    @Autowired
    PersonCaseRepository caseRepository;

    private int auditCount(String action, String type, Long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and record_type = ? and record_id = ?",
                Integer.class,
                action,
                type,
                String.valueOf(id));
    }
}
