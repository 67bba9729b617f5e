package org.throughcare.person;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.throughcare.user.Role;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;

import java.util.List;

/**
 * "May this user see this person?" A worker sees the people their team has (or had) a case with; a
 * manager sees the people of every team in their area; administrators manage accounts, not people.
 * Kept apart from role checks, which live on the controllers.
 */
@Component
public class PersonAccess {

    private final PersonCaseRepository cases;
    private final UserDirectory directory;

    PersonAccess(PersonCaseRepository cases, UserDirectory directory) {
        this.cases = cases;
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
        List<Long> teams = scopeTeamIds(user);
        return !teams.isEmpty() && cases.existsByPersonIdAndTeamIdIn(personId, teams);
    }

    public void checkCanView(SignedInUser user, Long personId) {
        if (!canView(user, personId)) {
            throw new AccessDeniedException("No case with person " + personId + " in the scope of " + user.username());
        }
    }
}
