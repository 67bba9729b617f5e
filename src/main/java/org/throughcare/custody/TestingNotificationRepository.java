package org.throughcare.custody;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface TestingNotificationRepository extends JpaRepository<TestingNotification, Long> {

    List<TestingNotification> findBySuiteIdOrderByKindAscInForceFromDesc(Long suiteId);

    List<TestingNotification> findBySuiteIdAndKind(Long suiteId, NotificationKind kind);

    /** The notifications in force on a day at a suite. */
    @Query("select n.kind from TestingNotification n where n.suiteId = :suiteId and n.inForceFrom <= :day"
            + " and (n.endedOn is null or n.endedOn > :day)")
    List<NotificationKind> kindsInForce(Long suiteId, LocalDate day);

    /** Every suite's notifications in force on a day, as (suite id, kind) pairs, for lists of suites. */
    @Query("select n.suiteId, n.kind from TestingNotification n where n.inForceFrom <= :day"
            + " and (n.endedOn is null or n.endedOn > :day)")
    List<Object[]> allInForce(LocalDate day);

    /** Every notification: a small table, read whole to make up years of demo history. */
    List<TestingNotification> findAllByOrderBySuiteIdAscKindAsc();
}
