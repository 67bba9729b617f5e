package org.throughcare.person;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface PersonRepository extends JpaRepository<Person, Long> {

    /** The person, locked until the transaction ends, so that simultaneous changes to their cases queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.id = :id")
    Optional<Person> findAndLock(@Param("id") Long id);

    @Query("""
            select p from Person p
            left join fetch p.substances left join fetch p.flags left join fetch p.custodyRecordNumbers
            where p.id = :id
            """)
    Optional<Person> findForRecord(@Param("id") Long id);

    @Query("""
            select p from Person p
            where (:pncId is not null and p.pncId = :pncId)
               or (:croNumber is not null and p.croNumber = :croNumber)
               or (:crn is not null and p.crn = :crn)
               or (:nhsNumber is not null and p.nhsNumber = :nhsNumber)
               or (:prisonNumber is not null and p.prisonNumber = :prisonNumber)
            """)
    List<Person> findByAnyIdentifier(
            @Param("pncId") String pncId,
            @Param("croNumber") String croNumber,
            @Param("crn") String crn,
            @Param("nhsNumber") String nhsNumber,
            @Param("prisonNumber") String prisonNumber);

    /** Same date of birth and family name, or same given name and a family name spelt nearly the same. */
    @Query(value = """
            select * from person p
            where p.date_of_birth = :dateOfBirth and p.merged_into_id is null
              and (search_fold(p.family_name) = search_fold(:familyName)
                   or (search_fold(p.given_name) = search_fold(:givenName)
                       and similarity(search_fold(p.family_name), search_fold(:familyName)) > 0.4))
            order by p.family_name, p.given_name
            limit 20
            """, nativeQuery = true)
    List<Person> findByNameAndDateOfBirth(
            @Param("givenName") String givenName,
            @Param("familyName") String familyName,
            @Param("dateOfBirth") LocalDate dateOfBirth);

    List<Person> findByMergedIntoIdOrderByMergedAtDesc(Long survivorId);
}
