package org.throughcare.user;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.CurrentActor;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.EntitySnapshots.Snapshot;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Creating, changing, disabling and unlocking user accounts, with the rules that keep access safe. */
@Service
public class UserAdminService {

    static final RecordKind RECORD_KIND = RecordKind.of("User");
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SignInThrottle throttle;
    private final SignedInSessions sessions;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final Clock clock;

    UserAdminService(
            UserAccountRepository users,
            TeamRepository teams,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            SignInThrottle throttle,
            SignedInSessions sessions,
            AuditService audit,
            EntitySnapshots snapshots,
            Clock clock) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.throttle = throttle;
        this.sessions = sessions;
        this.audit = audit;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> search(String text, int page, int size) {
        String search = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return users.search(search, PageRequest.of(page, size, Sort.by("username")));
    }

    @Transactional(readOnly = true)
    public UserAccount get(Long id) {
        return users.findWithTeamById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, id));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsernameIgnoreCase(username);
    }

    @Transactional(readOnly = true)
    public boolean activeAdministratorExists() {
        return users.existsByRoleAndDisabledAtIsNull(Role.ADMIN);
    }

    @Transactional
    public UserAccount create(NewUser request) {
        String username =
                request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolationException(
                    "username", "Username must be 2 to 50 lowercase letters, numbers, dots, dashes or underscores");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new RuleViolationException("username", "A user with username " + username + " already exists");
        }
        passwordPolicy.check(request.password());
        Team team = activeTeam(request.teamId());
        UserAccount account = users.save(new UserAccount(
                username,
                request.displayName().trim(),
                passwordEncoder.encode(request.password()),
                request.role(),
                team));
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                account.getId(),
                "Created " + username + " as " + request.role().label() + " in " + team.getName(),
                snapshots.of(account).asCreated());
        return account;
    }

    @Transactional
    public UserAccount update(Long id, UserChanges changes) {
        UserAccount account = get(id);
        RuleViolationException.checkVersion(account.getVersion(), changes.version(), "user");
        if (account.getRole() == Role.ADMIN && changes.role() != Role.ADMIN && account.isActive()) {
            requireAnotherActiveAdministrator(account, "role");
        }
        Team team =
                account.getTeam().getId().equals(changes.teamId()) ? account.getTeam() : activeTeam(changes.teamId());
        Snapshot before = snapshots.of(account);
        boolean accessChanges = account.getRole() != changes.role()
                || !account.getTeam().getId().equals(team.getId());
        account.change(changes.displayName().trim(), changes.role(), team);
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                id,
                "Changed " + account.getUsername() + (accessChanges ? signedOut(account) : ""),
                before.changesTo(snapshots.of(account)));
        return account;
    }

    @Transactional
    public void disable(Long id) {
        UserAccount account = get(id);
        if (account.getUsername().equalsIgnoreCase(CurrentActor.name())) {
            throw new RuleViolationException(null, "You cannot disable your own account");
        }
        if (account.getRole() == Role.ADMIN) {
            requireAnotherActiveAdministrator(account, null);
        }
        if (account.isActive()) {
            account.disable(clock.instant(), CurrentActor.name());
            audit.record(AuditAction.UPDATE, RECORD_KIND, id, "Disabled " + account.getUsername() + signedOut(account));
        }
    }

    @Transactional
    public void enable(Long id) {
        UserAccount account = get(id);
        if (!account.isActive()) {
            account.enable();
            audit.record(AuditAction.UPDATE, RECORD_KIND, id, "Enabled " + account.getUsername());
        }
    }

    @Transactional
    public void unlock(Long id) {
        UserAccount account = get(id);
        throttle.unlock(account.getUsername());
        audit.record(AuditAction.UPDATE, RECORD_KIND, id, "Unlocked " + account.getUsername());
    }

    /** Until when the user's sign-ins are refused somewhere, if they are now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(UserAccount account) {
        return Optional.ofNullable(
                throttle.lockedUntil(List.of(account.getUsername())).get(account.getUsername()));
    }

    /** The usernames, among these, whose sign-ins are refused somewhere now. */
    @Transactional(readOnly = true)
    public Set<String> locked(Collection<UserAccount> accounts) {
        return throttle.lockedUntil(
                        accounts.stream().map(UserAccount::getUsername).toList())
                .keySet();
    }

    @Transactional
    public void resetPassword(Long id, String password) {
        passwordPolicy.check(password);
        UserAccount account = get(id);
        account.changePassword(passwordEncoder.encode(password));
        throttle.unlock(account.getUsername());
        audit.record(
                AuditAction.UPDATE,
                RECORD_KIND,
                id,
                "Password reset for " + account.getUsername() + signedOut(account));
    }

    /** Ends the user's sessions everywhere; says so for the audit line when there were any. */
    private String signedOut(UserAccount account) {
        int ended = sessions.endAll(account.getUsername());
        return ended == 0 ? "" : "; signed out of " + ended + (ended == 1 ? " session" : " sessions");
    }

    int passwordMinLength() {
        return passwordPolicy.minLength();
    }

    private Team activeTeam(Long teamId) {
        Team team = teamId == null ? null : teams.findById(teamId).orElse(null);
        if (team == null || !team.isActive()) {
            throw new RuleViolationException("teamId", "Select an active team");
        }
        return team;
    }

    private void requireAnotherActiveAdministrator(UserAccount account, String field) {
        if (users.countByRoleAndDisabledAtIsNullAndIdNot(Role.ADMIN, account.getId()) == 0) {
            throw new RuleViolationException(field, "There must always be at least one active administrator");
        }
    }
}
