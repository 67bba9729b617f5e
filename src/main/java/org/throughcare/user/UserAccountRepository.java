package org.throughcare.user;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query(
            "select u from UserAccount u join fetch u.team t join fetch t.area where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsernameIgnoreCase(@Param("username") String username);

    @Query("select u from UserAccount u join fetch u.team t join fetch t.area where u.id = :id")
    Optional<UserAccount> findWithTeamById(@Param("id") Long id);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByRoleAndDisabledAtIsNull(Role role);

    @Query(value = """
                    select u from UserAccount u join fetch u.team t join fetch t.area
                    where :search = ''
                       or lower(u.username) like concat('%', :search, '%')
                       or lower(u.displayName) like concat('%', :search, '%')
                    """, countQuery = """
                    select count(*) from UserAccount u
                    where :search = ''
                       or lower(u.username) like concat('%', :search, '%')
                       or lower(u.displayName) like concat('%', :search, '%')
                    """)
    Page<UserAccount> search(@Param("search") String search, Pageable pageable);

    /** The team's active users of a role, by name: who may be named as responsible officer. */
    @Query("""
            select new org.throughcare.user.UserDirectory$UserSummary(u.id, u.displayName, u.team.id)
            from UserAccount u
            where u.team.id = :teamId and u.role = :role and u.disabledAt is null
            order by u.displayName, u.id
            """)
    List<UserDirectory.UserSummary> findActiveSummariesInTeam(@Param("teamId") Long teamId, @Param("role") Role role);

    long countByTeamIdAndDisabledAtIsNull(Long teamId);

    /**
     * Active users in active teams, with their team and its area. Callers pick roles in Java: bound as a
     * collection, the roles would make Hibernate translate the query afresh on every call.
     */
    @Query("""
            select u from UserAccount u join fetch u.team t join fetch t.area
            where u.disabledAt is null and t.disabledAt is null
            order by t.name, u.displayName
            """)
    List<UserAccount> findActiveInActiveTeams();

    @Query("select u.username from UserAccount u where u.team.id = :teamId")
    List<String> findUsernamesByTeamId(@Param("teamId") Long teamId);

    long countByRoleAndDisabledAtIsNullAndIdNot(Role role, Long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.lastSignedInAt = :now where u.id = :id")
    int recordSignIn(@Param("id") Long id, @Param("now") Instant now);
}
