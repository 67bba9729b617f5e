package org.throughcare.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.IntegrationTest;
import org.throughcare.StatementCounter;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ReadBatchIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void queuedReadsGoInOneStatementAndEachGetsItsOwnRows() throws Exception {
        ReadBatch batch = new ReadBatch(jdbc);
        Supplier<List<Integer>> numbers = batch.query(
                "select n from generate_series(:from, :to) n where n <> :from order by n",
                Map.of("from", 1, "to", 4),
                (rs, i) -> rs.getInt("n"));
        Supplier<List<String>> none =
                batch.query("select 'x' as t where false", Map.of(), (rs, i) -> rs.getString("t"));
        Supplier<List<String>> texts = batch.query(
                "select :a || ':' || :b as t union all select :b", // a colon inside a literal is not a parameter
                Map.of("a", "left", "b", "right"),
                (rs, i) -> rs.getString("t"));

        List<String> sent = StatementCounter.statements(batch::send);

        assertThat(sent).hasSize(1);
        assertThat(numbers.get()).containsExactly(2, 3, 4);
        assertThat(none.get()).isEmpty();
        assertThat(texts.get()).containsExactly("left:right", "right");
    }

    @Test
    void rowsAreThereOnlyOnceSentAndABatchIsSentOnce() {
        ReadBatch batch = new ReadBatch(jdbc);
        Supplier<List<Integer>> one = batch.query("select 1 as n", Map.of(), (rs, i) -> rs.getInt("n"));

        assertThatThrownBy(one::get).isInstanceOf(IllegalStateException.class);
        batch.send();
        assertThat(one.get()).containsExactly(1);
        assertThatThrownBy(batch::send).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> batch.query("select 2", Map.of(), (rs, i) -> 2))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEmptyBatchSendsNothing() throws Exception {
        assertThat(StatementCounter.statements(() -> new ReadBatch(jdbc).send()))
                .isEmpty();
    }

    @Test
    void aStatementWithItsOwnSemicolonIsRefused() {
        ReadBatch batch = new ReadBatch(jdbc);
        batch.query("select 1;", Map.of(), (rs, i) -> 1);

        assertThatThrownBy(batch::send).isInstanceOf(IllegalArgumentException.class);
    }
}
