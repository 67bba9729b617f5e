package org.throughcare.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.throughcare.IntegrationTest;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every foreign key is the leading column of an index, so joining on it and checking it stay fast as a module's
 * tables grow, except a reference to a small lookup table nobody joins from (an audit line's action), listed
 * here on purpose.
 */
@IntegrationTest
class ForeignKeyIndexTest {

    /** table.column of foreign keys to lookup tables: never joined from the other side, never deleted from. */
    static final Set<String> LOOKUPS = Set.of("audit_event.action");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyForeignKeyIsIndexed() {
        List<String> unindexed = jdbc.queryForList("""
                select c.conrelid::regclass || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                where c.contype = 'f'
                  and c.connamespace = 'public'::regnamespace
                  and not exists (
                      select 1 from pg_index i
                      where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
                order by 1
                """, String.class);
        assertThat(unindexed).as("foreign keys without an index").isSubsetOf(LOOKUPS);
    }
}
