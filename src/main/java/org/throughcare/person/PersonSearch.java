package org.throughcare.person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.throughcare.person.identifier.Crn;
import org.throughcare.person.identifier.CroNumber;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.person.identifier.PncId;
import org.throughcare.person.identifier.PrisonNumber;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds people by any identifier, by name (parts of names, any case, any accents, aliases too) and by
 * date of birth, forgiving a typo in a name. Runs as one SQL query with a projection, so a page of results
 * costs one round trip; name matching uses the trigram index on person.search_name.
 */
@Component
class PersonSearch {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PersonSearch(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Page<PersonSummary> search(String text, LocalDate dateOfBirth, List<Long> scopeTeamIds, PageRequest page) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("scope", scopeTeamIds.isEmpty() ? List.of(-1L) : scopeTeamIds)
                .addValue("limit", page.getPageSize())
                .addValue("offset", page.getOffset());
        List<String> where = new ArrayList<>();
        String rank = "0";
        String query = text == null ? "" : text.trim();
        if (!query.isEmpty()) {
            Optional<String> identifierClause = identifierClause(query, params);
            if (identifierClause.isPresent()) {
                where.add(identifierClause.get());
            } else {
                // Fold accents and case once, here, rather than per row inside the query.
                String folded = jdbc.queryForObject("select search_fold(:text)", Map.of("text", query), String.class);
                List<String> words = Arrays.stream(folded.split("\\s+"))
                        .filter(w -> !w.isBlank())
                        .limit(5)
                        .toList();
                // Each word matches as typed, or forgives a typo ("marsdon" finds Marsden) by trigram word
                // similarity; both use the trigram index. Matches as typed rank above the forgiven ones.
                List<String> asTyped = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    where.add("(p.search_name like :pattern" + i + " or :word" + i + " <% p.search_name)");
                    asTyped.add("p.search_name like :pattern" + i);
                    params.addValue("pattern" + i, "%" + escapeLike(words.get(i)) + "%");
                    params.addValue("word" + i, words.get(i));
                }
                params.addValue("whole", folded);
                rank = "(case when " + String.join(" and ", asTyped) + " then 1 else 0 end)"
                        + " + similarity(p.search_name, :whole)";
            }
        }
        if (dateOfBirth != null) {
            where.add("p.date_of_birth = :dob");
            params.addValue("dob", dateOfBirth);
        }
        if (where.isEmpty()) {
            return Page.empty(page);
        }
        // A record merged into another is found through the survivor, which took its identifiers.
        where.add("p.merged_into_id is null");
        String condition = String.join(" and ", where);
        // Rank and cut the page first; only the page's rows then look up whether the user's team has a case. The
        // total comes with the page (a window count over the same matches): a common family name matches thousands
        // of people at national scale, and counting them in a statement of its own read every match twice.
        List<Ranked> rows = jdbc.query(
                """
                select p.*, %s as in_scope
                from (select p.id, p.given_name, p.family_name, p.other_names, p.date_of_birth, p.pnc_id, p.crn,
                             %s as rank, count(*) over () as total
                      from person p
                      where %s
                      order by rank desc, p.family_name, p.given_name, p.id
                      limit :limit offset :offset) p
                order by p.rank desc, p.family_name, p.given_name, p.id
                """.formatted(PersonAccess.HAS_OR_HAD_A_CASE.formatted("p.id"), rank, condition),
                params,
                (rs, n) -> new Ranked(
                        new PersonSummary(
                                rs.getLong("id"),
                                rs.getString("given_name"),
                                rs.getString("family_name"),
                                rs.getString("other_names"),
                                rs.getObject("date_of_birth", LocalDate.class),
                                rs.getString("pnc_id"),
                                rs.getString("crn"),
                                rs.getBoolean("in_scope")),
                        rs.getLong("total")));
        long total;
        if (!rows.isEmpty()) {
            total = rows.get(0).total();
        } else if (page.getOffset() == 0) {
            total = 0;
        } else {
            // A page past the last one (an old link, a hand-edited address): count, so the pages still link back.
            Long counted = jdbc.queryForObject("select count(*) from person p where " + condition, params, Long.class);
            total = counted == null ? 0 : counted;
        }
        return new PageImpl<>(rows.stream().map(Ranked::summary).toList(), page, total);
    }

    private record Ranked(PersonSummary summary, long total) {}

    /** When the text is a valid identifier, match on that identifier only. */
    private Optional<String> identifierClause(String text, MapSqlParameterSource params) {
        int year = Year.now(clock).getValue();
        Optional<String> pnc = PncId.normalise(text, year);
        if (pnc.isPresent()) {
            params.addValue("id", pnc.get());
            return Optional.of("p.pnc_id = :id");
        }
        Optional<String> cro = CroNumber.normalise(text);
        if (cro.isPresent()) {
            params.addValue("id", cro.get());
            return Optional.of("p.cro_number = :id");
        }
        Optional<String> nhs = NhsNumber.normalise(text);
        if (nhs.isPresent()) {
            params.addValue("id", nhs.get());
            return Optional.of("p.nhs_number = :id");
        }
        Optional<String> crn = Crn.normalise(text);
        if (crn.isPresent()) {
            params.addValue("id", crn.get());
            return Optional.of("p.crn = :id");
        }
        Optional<String> prison = PrisonNumber.normalise(text);
        if (prison.isPresent()) {
            params.addValue("id", prison.get());
            return Optional.of("p.prison_number = :id");
        }
        if (text.matches(".*\\d.*") && !text.contains(" ")) {
            // Anything else with a digit in it is most likely a custody record number.
            params.addValue("id", text.toUpperCase(Locale.ROOT));
            return Optional.of("exists (select 1 from custody_record_number r where r.person_id = p.id "
                    + "and upper(r.number) = :id)");
        }
        return Optional.empty();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
