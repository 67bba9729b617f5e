package org.throughcare.referral;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByPersonIdOrderByGivenAtDescIdDesc(Long personId);

    boolean existsByPersonIdAndSubjectAndAgencyAndWithdrawnAtIsNull(
            Long personId, ConsentSubject subject, Agency agency);

    boolean existsByPersonIdAndSubjectAndAgencyIsNullAndWithdrawnAtIsNull(Long personId, ConsentSubject subject);

    /** Whether consent to sharing with the agency had been given by that time and not withdrawn by then. */
    @org.springframework.data.jpa.repository.Query("""
            select count(c) > 0 from Consent c
            where c.personId = :personId and c.subject = org.throughcare.referral.ConsentSubject.SHARING
              and c.agency = :agency and c.givenAt <= :at and (c.withdrawnAt is null or c.withdrawnAt > :at)""")
    boolean sharingInForceAt(
            @org.springframework.data.repository.query.Param("personId") Long personId,
            @org.springframework.data.repository.query.Param("agency") Agency agency,
            @org.springframework.data.repository.query.Param("at") java.time.Instant at);
}
