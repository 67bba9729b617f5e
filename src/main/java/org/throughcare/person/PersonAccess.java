package org.throughcare.person;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "May this user see this person?" A worker sees the people their team has, or had, a case with: a case
 * still open, one closed, or one the team handed to another team. A manager sees the people of every team
 * in their area; administrators manage accounts, not people. Kept apart from role checks, which live on
 * the controllers.
 */
@Component
public class PersonAccess {

    /**
     * The one definition of "a team in scope has or had a case with this person", as SQL: the person's id
     * column goes in place of %s, the scope's team ids in :scope. Person search uses it too.
     */
    static final String HAS_OR_HAD_A_CASE = """
            exists (select 1 from person_case c
                    where c.person_id = %s
                      and (c.team_id in (:scope)
                           or exists (select 1 from case_transfer t where t.case_id = c.id and t.from_team_id in (:scope))))""";

    private static final Object ALLOWED = new Object();

    private final NamedParameterJdbcTemplate jdbc;
    private final UserDirectory directory;

    PersonAccess(NamedParameterJdbcTemplate jdbc, UserDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The teams whose cases this user may read. */
    public List<Long> scopeTeamIds(SignedInUser user) {
        if (user.role() == Role.ADMIN) {
            return List.of();
        }
        if (user.role() == Role.MANAGER) {
            return directory.teamIdsInArea(user.areaId());
        }
        return List.of(user.teamId());
    }

    public boolean canView(SignedInUser user, Long personId) {
        Set<String> allowed = allowedInThisTransaction();
        String key = user.id() + "/" + personId;
        if (allowed != null && allowed.contains(key)) {
            return true;
        }
        List<Long> teams = scopeTeamIds(user);
        if (teams.isEmpty()) {
            return false;
        }
        boolean canView = Boolean.TRUE.equals(jdbc.queryForObject(
                "select " + HAS_OR_HAD_A_CASE.formatted(":personId"),
                new MapSqlParameterSource("personId", personId).addValue("scope", teams),
                Boolean.class));
        if (canView && allowed != null) {
            allowed.add(key);
        }
        return canView;
    }

    /**
     * Who was allowed to see whom in the current transaction, so that a page whose sections each check the
     * person (as every service must) asks the database once: within one transaction the answer cannot change
     * under it. Null outside a transaction, where every check goes to the database.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> allowedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Set<String> allowed = (Set<String>) TransactionSynchronizationManager.getResource(ALLOWED);
        if (allowed == null) {
            Set<String> created = new HashSet<>();
            TransactionSynchronizationManager.bindResource(ALLOWED, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ALLOWED);
                }
            });
            allowed = created;
        }
        return allowed;
    }

    public void checkCanView(SignedInUser user, Long personId) {
        if (!canView(user, personId)) {
            throw new AccessDeniedException("No case with person " + personId + " in the scope of " + user.username());
        }
    }
}
