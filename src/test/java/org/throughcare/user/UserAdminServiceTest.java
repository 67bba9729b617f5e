package org.throughcare.user;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditEvent;
import org.throughcare.audit.AuditQuery;
import org.throughcare.audit.AuditService;
import org.throughcare.common.RuleViolationException;
import org.throughcare.database.RunMode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.throughcare.Fixtures.unique;

/** Integration tests on the real PostgreSQL database shared by every test context. */
@IntegrationTest
class UserAdminServiceTest {

    static final String PASSWORD = "a-long-enough-pass";

    @Autowired
    UserAdminService users;

    @Autowired
    TeamAdminService teams;

    @Autowired
    AuditService audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    RunMode runMode;

    @Autowired
    PlatformTransactionManager transactionManager;

    TransactionTemplate transaction;
    Team team;

    @BeforeEach
    void setUp() {
        transaction = new TransactionTemplate(transactionManager);
        team = teams.create(new TeamDetails(unique("User service team"), leeds(), 0));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void createsAUserWithAHashedPassword() {
        String username = unique("create");
        UserAccount account =
                users.create(new NewUser(username, "  Casey Created  ", Role.CUSTODY_WORKER, team.getId(), PASSWORD));

        UserAccount saved = users.get(account.getId());
        assertThat(saved.getUsername()).isEqualTo(username);
        assertThat(saved.getDisplayName()).isEqualTo("Casey Created");
        assertThat(saved.getRole()).isEqualTo(Role.CUSTODY_WORKER);
        assertThat(saved.getTeam().getId()).isEqualTo(team.getId());
        assertThat(saved.isActive()).isTrue();
        assertThat(saved.getCreatedBy()).isEqualTo("system");
        assertThat(saved.getPasswordHash()).isNotEqualTo(PASSWORD).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(PASSWORD, saved.getPasswordHash())).isTrue();
    }

    @Test
    void usernamesAreStoredInLowerCase() {
        String username = unique("MixedCase");
        UserAccount account = users.create(newUser(username.toUpperCase()));
        assertThat(account.getUsername()).isEqualTo(username.toLowerCase());
        assertThat(users.exists(username.toUpperCase())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "a",
                "has space",
                "semi;colon",
                "ünïcode",
                "_leading-underscore",
                ".leading-dot",
                "this-username-is-much-too-long-to-be-accepted-by-the-rule"
            })
    void refusesBadlyFormedUsernames(String username) {
        RuleViolationException violation =
                catchThrowableOfType(RuleViolationException.class, () -> users.create(newUser(username)));
        assertThat(violation).isNotNull();
        assertThat(violation.field()).isEqualTo("username");
        assertThat(violation.getMessage())
                .isEqualTo("Username must be 2 to 50 lowercase letters, numbers, dots, dashes or underscores");
    }

    @Test
    void refusesANullUsername() {
        assertThatThrownBy(() -> users.create(newUser(null)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("username"));
    }

    @Test
    void usernamesAreUniqueRegardlessOfCase() {
        String username = unique("taken");
        users.create(newUser(username));

        RuleViolationException violation =
                catchThrowableOfType(RuleViolationException.class, () -> users.create(newUser(username.toUpperCase())));
        assertThat(violation.field()).isEqualTo("username");
        assertThat(violation.getMessage()).isEqualTo("A user with username " + username + " already exists");
        assertThat(users.search(username, 0, 10).getTotalElements()).isEqualTo(1);
    }

    @Test
    void outsideDemoModePasswordsMustBeTwelveCharactersOrMore() {
        assertThat(runMode.demo()).as("tests run without demo mode").isFalse();
        assertThat(users.passwordMinLength()).isEqualTo(12);

        String shortName = unique("short");
        RuleViolationException violation = catchThrowableOfType(
                RuleViolationException.class, () -> users.create(newUser(shortName, "elevenchars")));
        assertThat(violation.field()).isEqualTo("password");
        assertThat(violation.getMessage()).isEqualTo("Password must be 12 characters or more");
        assertThat(users.exists(shortName)).isFalse();

        assertThatThrownBy(() -> users.create(newUser(unique("blank"), "   ")))
                .isInstanceOfSatisfying(RuleViolationException.class, v -> {
                    assertThat(v.field()).isEqualTo("password");
                    assertThat(v.getMessage()).isEqualTo("Enter a password");
                });
        assertThatThrownBy(() -> users.create(newUser(unique("long"), "x".repeat(129))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        v -> assertThat(v.getMessage()).isEqualTo("Password must be 128 characters or fewer"));

        assertThat(users.create(newUser(unique("twelve"), "twelve-chars")).getId())
                .isNotNull();
    }

    @Test
    void aUserMustJoinAnActiveTeam() {
        Team closed = teams.create(new TeamDetails(unique("Closed team"), leeds(), 0));
        teams.disable(closed.getId());

        assertThatThrownBy(() ->
                        users.create(new NewUser(unique("closed"), "Name", Role.MANAGER, closed.getId(), PASSWORD)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("teamId"));
        assertThatThrownBy(() -> users.create(new NewUser(unique("noteam"), "Name", Role.MANAGER, null, PASSWORD)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("teamId"));
        assertThatThrownBy(() ->
                        users.create(new NewUser(unique("ghost"), "Name", Role.MANAGER, Long.MAX_VALUE, PASSWORD)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("teamId"));
    }

    @Test
    void creatingAUserIsAuditedInTheSameTransaction() {
        String username = unique("audited");
        SecurityContextHolder.getContext().setAuthentication(signedInAs("the-admin"));

        UserAccount account = users.create(newUser(username));

        List<AuditEvent> events = history(account.getId());
        assertThat(events).hasSize(1);
        AuditEvent created = events.get(0);
        assertThat(created.getAction()).isEqualTo(AuditAction.CREATE);
        assertThat(created.getActor()).isEqualTo("the-admin");
        assertThat(created.getSummary())
                .startsWith("Created " + username + " as Treatment worker in " + team.getName() + ": ")
                .doesNotContain("Password");
        assertThat(users.get(account.getId()).getCreatedBy()).isEqualTo("the-admin");
    }

    @Test
    void whenTheTransactionRollsBackNeitherTheUserNorItsAuditLineIsSaved() {
        String username = unique("rolledback");
        Long id = transaction.execute(status -> {
            UserAccount account = users.create(newUser(username));
            assertThat(history(account.getId()))
                    .as("visible inside the transaction")
                    .hasSize(1);
            status.setRollbackOnly();
            return account.getId();
        });

        assertThat(id).isNotNull();
        assertThat(users.exists(username)).isFalse();
        assertThat(history(id)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where summary like ?", Integer.class, "%" + username + "%"))
                .isZero();
    }

    @Test
    void updatesAreAuditedWithTheOldAndNewValues() {
        UserAccount account = users.create(newUser(unique("changing")));
        Team other = teams.create(new TeamDetails(unique("Other team"), leeds(), 0));

        UserAccount changed = users.update(
                account.getId(),
                new UserChanges(" Pat Changed ", Role.PROBATION_OFFICER, other.getId(), account.getVersion()));

        assertThat(changed.getVersion()).isEqualTo(account.getVersion() + 1);
        UserAccount saved = users.get(account.getId());
        assertThat(saved.getDisplayName()).isEqualTo("Pat Changed");
        assertThat(saved.getRole()).isEqualTo(Role.PROBATION_OFFICER);
        assertThat(saved.getTeam().getId()).isEqualTo(other.getId());
        assertThat(history(account.getId())).first().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo(AuditAction.UPDATE);
            assertThat(event.getSummary())
                    .contains(
                            "Display name: Test User → Pat Changed",
                            "Role: Treatment worker → Probation officer",
                            "Team: " + team.getName() + " → " + other.getName());
        });
    }

    @Test
    void anUpdateBasedOnAStaleVersionIsRefused() {
        UserAccount account = users.create(newUser(unique("stale")));
        long staleVersion = account.getVersion();
        users.update(account.getId(), new UserChanges("First Change", Role.MANAGER, team.getId(), staleVersion));

        RuleViolationException violation = catchThrowableOfType(
                RuleViolationException.class,
                () -> users.update(
                        account.getId(),
                        new UserChanges("Second Change", Role.TREATMENT_WORKER, team.getId(), staleVersion)));

        assertThat(violation.field()).isNull();
        assertThat(violation.getMessage()).startsWith("Someone else changed this user while you were editing");
        UserAccount saved = users.get(account.getId());
        assertThat(saved.getDisplayName()).isEqualTo("First Change");
        assertThat(saved.getRole()).isEqualTo(Role.MANAGER);
    }

    @Test
    void anAdministratorCanBeDisabledOrDemotedWhileAnotherIsActive() {
        UserAccount first = users.create(newUser(unique("admin-one"), Role.ADMIN));
        users.create(newUser(unique("admin-two"), Role.ADMIN));

        users.update(first.getId(), new UserChanges("Demoted", Role.MANAGER, team.getId(), first.getVersion()));
        assertThat(users.get(first.getId()).getRole()).isEqualTo(Role.MANAGER);

        UserAccount third = users.create(newUser(unique("admin-three"), Role.ADMIN));
        users.disable(third.getId());
        assertThat(users.get(third.getId()).isActive()).isFalse();
    }

    /**
     * The rule counts every active administrator in the database, and other tests create administrators in the
     * same shared database. So the "only administrator" situation is built inside a transaction that is rolled
     * back: the other administrators are disabled there with SQL, the rule is checked through the real service
     * and repository, and nothing is ever committed, so no other test can see the change.
     */
    @Test
    void theLastActiveAdministratorCannotBeDisabledOrDemoted() {
        UserAccount admin = users.create(newUser(unique("last-admin"), Role.ADMIN));
        Integer activeAdminsBefore = activeAdministrators();

        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update(
                    "update app_user set disabled_at = now(), disabled_by = 'rule-test' "
                            + "where role = 'ADMIN' and disabled_at is null and id <> ?",
                    admin.getId());
            assertThat(activeAdministrators()).isEqualTo(1);

            assertThatThrownBy(() -> users.disable(admin.getId()))
                    .isInstanceOfSatisfying(RuleViolationException.class, v -> {
                        assertThat(v.getMessage()).isEqualTo("There must always be at least one active administrator");
                        assertThat(v.field()).isNull();
                    });
            assertThatThrownBy(() -> users.update(
                            admin.getId(), new UserChanges("Demoted", Role.MANAGER, team.getId(), admin.getVersion())))
                    .isInstanceOfSatisfying(RuleViolationException.class, v -> {
                        assertThat(v.getMessage()).isEqualTo("There must always be at least one active administrator");
                        assertThat(v.field()).isEqualTo("role");
                    });
            // Renaming the last administrator without changing the role is still allowed.
            users.update(admin.getId(), new UserChanges("Still Admin", Role.ADMIN, team.getId(), admin.getVersion()));
        });

        assertThat(activeAdministrators()).as("nothing committed").isEqualTo(activeAdminsBefore);
        UserAccount after = users.get(admin.getId());
        assertThat(after.isActive()).isTrue();
        assertThat(after.getRole()).isEqualTo(Role.ADMIN);
        assertThat(after.getDisplayName()).isEqualTo("Test User");
    }

    @Test
    void youCannotDisableYourOwnAccount() {
        UserAccount me = users.create(newUser(unique("myself"), Role.ADMIN));
        users.create(newUser(unique("another-admin"), Role.ADMIN));
        SecurityContextHolder.getContext()
                .setAuthentication(signedInAs(me.getUsername().toUpperCase()));

        assertThatThrownBy(() -> users.disable(me.getId()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        v -> assertThat(v.getMessage()).isEqualTo("You cannot disable your own account"));
        assertThat(users.get(me.getId()).isActive()).isTrue();
    }

    @Test
    void disablingRecordsWhoAndWhenAndEnablingClearsIt() {
        UserAccount account = users.create(newUser(unique("toggle")));
        SecurityContextHolder.getContext().setAuthentication(signedInAs("someone-else"));

        users.disable(account.getId());
        UserAccount disabled = users.get(account.getId());
        assertThat(disabled.isActive()).isFalse();
        assertThat(disabled.getDisabledBy()).isEqualTo("someone-else");
        assertThat(disabled.getDisabledAt()).isNotNull();

        users.enable(account.getId());
        UserAccount enabled = users.get(account.getId());
        assertThat(enabled.isActive()).isTrue();
        assertThat(enabled.getDisabledBy()).isNull();
        assertThat(history(account.getId()))
                .extracting(AuditEvent::getSummary)
                .startsWith("Enabled " + account.getUsername(), "Disabled " + account.getUsername());
    }

    @Test
    void resettingAPasswordChecksThePolicyAndUnlocks() {
        UserAccount account = users.create(newUser(unique("reset")));
        jdbc.update(
                "insert into sign_in_throttle (client_address, username, failures, counting_since, locked_until) "
                        + "values ('10.9.8.7', ?, 0, now(), now() + interval '1 hour')",
                account.getUsername());

        assertThatThrownBy(() -> users.resetPassword(account.getId(), "short"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, v -> assertThat(v.field()).isEqualTo("password"));
        assertThat(users.lockedUntil(users.get(account.getId()))).isPresent();

        users.resetPassword(account.getId(), "a-brand-new-password");
        UserAccount saved = users.get(account.getId());
        assertThat(passwordEncoder.matches("a-brand-new-password", saved.getPasswordHash()))
                .isTrue();
        assertThat(users.lockedUntil(saved)).isEmpty();
        assertThat(history(account.getId()))
                .first()
                .extracting(AuditEvent::getSummary)
                .isEqualTo("Password reset for " + account.getUsername());
    }

    @Test
    void auditLinesCannotBeChangedOrDeleted() {
        UserAccount account = users.create(newUser(unique("append-only")));
        AuditEvent line = history(account.getId()).get(0);

        // The application's own role may not even try (AuditTrailPrivilegesTest covers every route).
        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'tampered' where id = ?", line.getId()))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied for table audit_event");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", line.getId()))
                .isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied for table audit_event");

        assertThat(jdbc.queryForObject("select summary from audit_event where id = ?", String.class, line.getId()))
                .isEqualTo(line.getSummary());
    }

    private NewUser newUser(String username) {
        return newUser(username, PASSWORD);
    }

    private NewUser newUser(String username, String password) {
        return new NewUser(username, "Test User", Role.TREATMENT_WORKER, team.getId(), password);
    }

    private NewUser newUser(String username, Role role) {
        return new NewUser(username, "Test User", role, team.getId(), PASSWORD);
    }

    private List<AuditEvent> history(Long userId) {
        return audit.search(new AuditQuery(null, "User", String.valueOf(userId), null, null), 0, 100)
                .getContent();
    }

    private Integer activeAdministrators() {
        return jdbc.queryForObject(
                "select count(*) from app_user where role = 'ADMIN' and disabled_at is null", Integer.class);
    }

    private Long leeds() {
        return teams.findAreaByName("Leeds").orElseThrow().getId();
    }

    private static UsernamePasswordAuthenticationToken signedInAs(String username) {
        return new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN")));
    }
}
