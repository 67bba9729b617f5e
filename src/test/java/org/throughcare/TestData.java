package org.throughcare;

import org.springframework.boot.test.context.TestComponent;
import org.throughcare.person.Ethnicity;
import org.throughcare.person.PersonDetails;
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
 * Builds the teams, users and people a test needs, through the real services and with unique names,
 * because every test shares one database. Import it with {@code @Import(TestData.class)}.
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final TeamAdminService teams;
    private final UserAdminService users;
    private final UserDirectory directory;

    public TestData(TeamAdminService teams, UserAdminService users, UserDirectory directory) {
        this.teams = teams;
        this.users = users;
        this.directory = directory;
    }

    /** A short token no other test uses, safe inside names and usernames. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8) + SEQUENCE.incrementAndGet();
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
        Long areaId = teams.findAreaByName(areaName).orElseThrow().getId();
        return teams.create(new TeamDetails("Team " + unique(), areaId, 0));
    }

    public SignedInUser user(Role role, Team team) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + unique();
        users.create(new NewUser(username, "Test " + role.label(), role, team.getId(), PASSWORD));
        return directory.signedInUser(username).orElseThrow();
    }

    public SignedInUser user(Role role, String areaName) {
        return user(role, team(areaName));
    }

    public static PersonDetails person(String givenName, String familyName, LocalDate dateOfBirth) {
        return new PersonDetails(
                givenName,
                familyName,
                null,
                dateOfBirth,
                StatedSex.MALE,
                null,
                Ethnicity.NOT_STATED,
                null,
                null,
                null,
                null,
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
                List.of(),
                Set.of());
    }
}
