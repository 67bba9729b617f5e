package org.throughcare.user;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
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

    /** Active users in these roles in active teams, with their team and its area. */
    @EntityGraph(attributePaths = {"team", "team.area"})
    @Query("""
            select u from UserAccount u
            where u.disabledAt is null and u.team.disabledAt is null and u.role in :roles
            order by u.team.name, u.displayName
            """)
    List<UserAccount> findActiveInRoles(@Param("roles") Collection<Role> roles);

    @Query("select u.username from UserAccount u where u.team.id = :teamId")
    List<String> findUsernamesByTeamId(@Param("teamId") Long teamId);

    long countByRoleAndDisabledAtIsNullAndIdNot(Role role, Long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount u set u.lastSignedInAt = :now where u.id = :id")
    int recordSignIn(@Param("id") Long id, @Param("now") Instant now);
}
