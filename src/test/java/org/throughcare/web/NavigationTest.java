package org.throughcare.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.throughcare.user.Role;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {

    final Navigation navigation = new Navigation(List.of(
            new NavigationEntry("Referrals", "/referrals", 25, RoleGroup.WORKERS::includes),
            new NavigationEntry("Home", "/probation", 10, RoleGroup.PROBATION_OFFICERS::includes, List.of("/orders")),
            new NavigationEntry("Find a person", "/people", 40, RoleGroup.WORKERS_AND_MANAGERS::includes),
            new NavigationEntry("Dashboards", "/manager", 10, RoleGroup.MANAGERS_AND_ADMINISTRATORS::includes)));

    static Authentication signedIn(Role role) {
        SignedInUser user =
                new SignedInUser(1L, "officer", "Officer", role, 2L, "Team", 3L, "Area", "{noop}secret", true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    List<Navigation.Item> at(String path, Authentication who) {
        return navigation.navigation(who, new MockHttpServletRequest("GET", path));
    }

    @Test
    void eachUserSeesTheirRolesEntriesInOrderWithTheLongestMatchCurrent() {
        assertThat(at("/orders/7/appointments", signedIn(Role.PROBATION_OFFICER)))
                .containsExactly(
                        new Navigation.Item("Home", "/probation", true),
                        new Navigation.Item("Referrals", "/referrals", false),
                        new Navigation.Item("Find a person", "/people", false));
        assertThat(at("/people/3", signedIn(Role.MANAGER)))
                .containsExactly(
                        new Navigation.Item("Dashboards", "/manager", false),
                        new Navigation.Item("Find a person", "/people", true));
        assertThat(at("/peoplex", signedIn(Role.MANAGER))).noneMatch(Navigation.Item::current);
    }

    @Test
    void aRoleGroupReadsTheSignedInUsersRoleOrTheirAuthorities() {
        assertThat(RoleGroup.PROBATION_OFFICERS.includes(signedIn(Role.PROBATION_OFFICER)))
                .isTrue();
        assertThat(RoleGroup.PROBATION_OFFICERS.includes(signedIn(Role.MANAGER)))
                .isFalse();
        Authentication other = UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.of(new SimpleGrantedAuthority(Role.MANAGER.authority())));
        assertThat(RoleGroup.MANAGERS.includes(other)).isTrue();
        assertThat(RoleGroup.ADMINISTRATORS.includes(other)).isFalse();
        assertThat(at("/manager", UsernamePasswordAuthenticationToken.unauthenticated("x", "y")))
                .isEmpty();
    }
}
