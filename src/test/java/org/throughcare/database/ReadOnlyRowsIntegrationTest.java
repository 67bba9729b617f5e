package org.throughcare.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.throughcare.IntegrationTest;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A read shared by a page's sections: once per transaction after the page's last write, never across two. */
@IntegrationTest
class ReadOnlyRowsIntegrationTest {

    @Autowired
    ReadOnlyRows readOnly;

    @Autowired
    PlatformTransactionManager transactionManager;

    final AtomicInteger reads = new AtomicInteger();

    Integer read() {
        return reads.incrementAndGet();
    }

    @Test
    void aReadIsSharedOnlyAfterThePageHasWrittenAndOnlyWithinItsTransaction() {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.executeWithoutResult(status -> {
            // Before the page's writes: each asks afresh.
            assertThat(readOnly.once("rows", 1L, this::read)).isEqualTo(1);
            assertThat(readOnly.once("rows", 1L, this::read)).isEqualTo(2);

            readOnly.fromNowOn();
            assertThat(readOnly.once("rows", 1L, this::read)).isEqualTo(3);
            assertThat(readOnly.once("rows", 1L, this::read)).isEqualTo(3);
            assertThat(readOnly.once("rows", 2L, this::read)).isEqualTo(4);
            assertThat(readOnly.once("other rows", 1L, this::read)).isEqualTo(5);
            readOnly.fromNowOn();
            assertThat(readOnly.once("rows", 1L, this::read)).isEqualTo(3);
        });

        transactions.executeWithoutResult(status -> {
            readOnly.fromNowOn();
            assertThat(readOnly.once("rows", 1L, this::read)).isEqualTo(6);
        });
        assertThat(readOnly.once("rows", 1L, this::read)).isEqualTo(7);
    }
}
