package org.throughcare;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.person.Ethnicity;
import org.throughcare.person.Person;
import org.throughcare.person.PersonDetails;
import org.throughcare.person.PersonService;
import org.throughcare.person.StatedSex;
import org.throughcare.user.NewUser;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.Team;
import org.throughcare.user.TeamAdminService;
import org.throughcare.user.TeamDetails;
import org.throughcare.user.UserAdminService;
import org.throughcare.user.UserDirectory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one fixtures builder: the teams, users and people a test needs, made through the real services with
 * unique names, because every test shares one database. Part of every {@link IntegrationTest}; modules add
 * their own records on top (custody's {@code CustodyFixtures}).
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TeamAdminService teams;
    private final UserAdminService users;
    private final UserDirectory directory;
    private final PersonService people;
    private final JdbcTemplate jdbc;

    public Fixtures(
            TeamAdminService teams,
            UserAdminService users,
            UserDirectory directory,
            PersonService people,
            JdbcTemplate jdbc) {
        this.teams = teams;
        this.users = users;
        this.directory = directory;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** A short token no other test uses, safe inside names and usernames. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8) + SEQUENCE.incrementAndGet();
    }

    /** A lowercase name no other test (or earlier run on the same database) has used. */
    public static String unique(String prefix) {
        return prefix + "-" + unique();
    }

    /** A unique alphabetic token, for family names (names must not hold digits to look real). */
    public static String uniqueLetters() {
        String hex = unique();
        StringBuilder letters = new StringBuilder();
        for (char c : hex.toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 36) % 26));
        }
        return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
    }

    public Team team(String areaName) {
        return teams.create(new TeamDetails("Team " + unique(), areaId(areaName), 0));
    }

    /** A user of that role in the team, as they would be signed in. Their password is {@link #PASSWORD}. */
    public SignedInUser user(Role role, Team team) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + unique();
        users.create(new NewUser(username, "Test " + role.label(), role, team.getId(), PASSWORD));
        return directory.signedInUser(username).orElseThrow();
    }

    /** A user of that role in a new team of the area (a police force area or probation delivery unit). */
    public SignedInUser user(Role role, String areaName) {
        return user(role, team(areaName));
    }

    /**
     * A signed-in user who exists only in the test, for checks that need a role and nothing else (access rules,
     * pages that read no team's records).
     */
    public static SignedInUser signedIn(Role role) {
        return signedIn(unique(role.name().toLowerCase().replace('_', '-')), role);
    }

    public static SignedInUser signedIn(String username, Role role) {
        return new SignedInUser(
                -1L, username, "Test " + role.label(), role, -1L, "Test team", 101L, "Leeds", "{noop}not-used", true);
    }

    /** A person recorded by the user (so the user's team has a case with them). */
    public Person person(SignedInUser recordedBy) {
        return person(recordedBy, details());
    }

    public Person person(SignedInUser recordedBy, PersonBuilder details) {
        return people.create(details.build(), null, recordedBy, true);
    }

    /** Details of a made-up person, born 1990, with a unique family name; change what the test is about. */
    public static PersonBuilder details() {
        return new PersonBuilder();
    }

    /** Details with just these: the shorthand most tests need. */
    public static PersonDetails person(String givenName, String familyName, LocalDate dateOfBirth) {
        return details().named(givenName, familyName).born(dateOfBirth).build();
    }

    public Long areaId(String name) {
        return teams.findAreaByName(name).orElseThrow().getId();
    }

    public Long forceId(String name) {
        return jdbc.queryForObject(
                "select id from area where name = ? and kind = 'POLICE_FORCE_AREA'", Long.class, name);
    }

    /** A person's details, with defaults for everything a test does not care about. */
    public static final class PersonBuilder {

        private String givenName = "Alex";
        private String familyName = uniqueLetters();
        private String otherNames;
        private LocalDate dateOfBirth = LocalDate.of(1990, 3, 1);
        private StatedSex statedSex = StatedSex.NOT_KNOWN;
        private String nhsNumber;
        private String pncId;
        private String crn;
        private String croNumber;
        private List<PersonDetails.SubstanceUse> substances = List.of();

        public PersonBuilder named(String givenName, String familyName) {
            this.givenName = givenName;
            this.familyName = familyName;
            return this;
        }

        public PersonBuilder alias(String otherNames) {
            this.otherNames = otherNames;
            return this;
        }

        public PersonBuilder born(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        public PersonBuilder sex(StatedSex statedSex) {
            this.statedSex = statedSex;
            return this;
        }

        public PersonBuilder nhsNumber(String nhsNumber) {
            this.nhsNumber = nhsNumber;
            return this;
        }

        public PersonBuilder pncId(String pncId) {
            this.pncId = pncId;
            return this;
        }

        public PersonBuilder crn(String crn) {
            this.crn = crn;
            return this;
        }

        public PersonBuilder croNumber(String croNumber) {
            this.croNumber = croNumber;
            return this;
        }

        public PersonBuilder substances(List<PersonDetails.SubstanceUse> substances) {
            this.substances = substances;
            return this;
        }

        public PersonDetails build() {
            return new PersonDetails(
                    givenName,
                    familyName,
                    otherNames,
                    dateOfBirth,
                    statedSex,
                    null,
                    Ethnicity.NOT_STATED,
                    pncId,
                    croNumber,
                    crn,
                    nhsNumber,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    false,
                    null,
                    false,
                    null,
                    substances,
                    Set.of());
        }
    }
}
