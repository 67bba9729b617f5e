package org.throughcare.user;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The role groups for access rules written as expressions: {@code @roleGroups.allow(authentication, 'WORKERS')}.
 * The annotations ({@link ForWorkers} and the others) use it, so a group is defined only in {@link RoleGroup}.
 */
@Component("roleGroups")
class RoleGroups {

    public boolean allow(Authentication authentication, String group) {
        return RoleGroup.valueOf(group).includes(authentication);
    }
}
