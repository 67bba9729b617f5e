package org.throughcare;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApplicationStartsTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void migratesARealPostgresqlDatabase() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from area where kind = 'POLICE_FORCE_AREA'", Integer.class))
                .isEqualTo(43);
    }

    @Test
    void everyTableAndColumnIsDocumented() {
        Integer undocumented = jdbc.queryForObject("""
                select count(*) from information_schema.columns c
                join pg_class t on t.relname = c.table_name
                join pg_namespace n on n.oid = t.relnamespace and n.nspname = c.table_schema
                where c.table_schema = 'public' and c.table_name <> 'flyway_schema_history'
                  and col_description(t.oid, c.ordinal_position) is null
                """, Integer.class);
        Integer undocumentedTables = jdbc.queryForObject("""
                select count(*) from pg_class t join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = 'public' and t.relkind = 'r' and t.relname <> 'flyway_schema_history'
                  and obj_description(t.oid, 'pg_class') is null
                """, Integer.class);
        assertThat(undocumented)
                .as("columns without COMMENT ON in R__data_dictionary.sql")
                .isZero();
        assertThat(undocumentedTables)
                .as("tables without COMMENT ON in R__data_dictionary.sql")
                .isZero();
    }
}
