package org.throughcare.user;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = {"team", "team.area"})
    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = {"team", "team.area"})
    Optional<UserAccount> findWithTeamById(Long id);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRoleAndDisabledAtIsNull(Role role);

    @EntityGraph(attributePaths = {"team", "team.area"})
    @Query("""
            select u from UserAccount u
            where :search = ''
               or lower(u.username) like concat('%', :search, '%')
               or lower(u.displayName) like concat('%', :search, '%')
            """)
    Page<UserAccount> search(@Param("search") String search, Pageable pageable);

    long countByTeamIdAndDisabledAtIsNull(Long teamId);

    java.util.List<UserAccount> findByTeamIdAndDisabledAtIsNullOrderByDisplayName(Long teamId);

    java.util.List<UserAccount> findByDisabledAtIsNullOrderByDisplayName();

    long countByRoleAndDisabledAtIsNullAndIdNot(Role role, Long id);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedSignInCount = 0, u.lockedUntil = null, u.lastSignedInAt = :now "
            + "where u.id = :id")
    int recordSignIn(@Param("id") Long id, @Param("now") java.time.Instant now);

    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedSignInCount = u.failedSignInCount + 1 where u.id = :id")
    int countFailedSignIn(@Param("id") Long id);

    /** Locks the account when the failures reached the limit; 1 when it did. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.failedSignInCount = 0, u.lockedUntil = :until "
            + "where u.id = :id and u.failedSignInCount >= :max")
    int lockIfTooManyFailures(@Param("id") Long id, @Param("max") int max, @Param("until") java.time.Instant until);
}
