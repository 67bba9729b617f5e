package org.throughcare.custody;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.common.NamesById;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The offences reference data as other modules read it (an order names the offences it was made for). Custody
 * owns the list and its administration.
 */
@Service
public class OffenceCatalogue {

    public record OffenceSummary(Long id, String name) {}

    private final OffenceRepository offences;
    private final JdbcClient jdbc;

    OffenceCatalogue(OffenceRepository offences, JdbcClient jdbc) {
        this.offences = offences;
        this.jdbc = jdbc;
    }

    /** Active offences, by name. */
    @Transactional(readOnly = true)
    public List<OffenceSummary> activeOffences() {
        return offences.findByActiveTrueOrderByNameAsc().stream()
                .map(o -> new OffenceSummary(o.getId(), o.getName()))
                .toList();
    }

    /** Names of the offences, active or not (an old order keeps naming a retired offence). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        return NamesById.of(jdbc, "offence", ids);
    }
}
