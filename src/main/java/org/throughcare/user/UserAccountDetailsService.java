package org.throughcare.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Service
class UserAccountDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final Clock clock;

    UserAccountDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.trim())
                .map(account -> SignedInUser.of(account, account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
