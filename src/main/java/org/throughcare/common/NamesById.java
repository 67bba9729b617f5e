package org.throughcare.common;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names of a few reference rows (courts, offences, providers) by id, for display, in one plain statement. A
 * repository's {@code findAllById} builds a Criteria query that Hibernate translates again on every call: on an
 * order's page, naming its court and offences that way cost more than reading the order itself.
 */
public final class NamesById {

    private NamesById() {}

    /**
     * @param table a reference table of the calling module with {@code id} and {@code name} columns; a constant,
     *     never user input
     */
    public static Map<Long, String> of(JdbcClient jdbc, String table, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, name from " + table + " where id in (:ids)")
                .param("ids", Set.copyOf(ids))
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
