package org.throughcare.referral;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByPersonIdOrderByGivenAtDescIdDesc(Long personId);

    boolean existsByPersonIdAndSubjectAndAgencyAndWithdrawnAtIsNull(
            Long personId, ConsentSubject subject, Agency agency);

    boolean existsByPersonIdAndSubjectAndAgencyIsNullAndWithdrawnAtIsNull(Long personId, ConsentSubject subject);
}
