package org.throughcare.person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.throughcare.common.PageClause;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds people by any identifier, by name (parts of names, any case, any accents, aliases too) and by
 * date of birth, forgiving a typo in a name. A page of results is one SQL query with a projection (after folding
 * the text, and for a single word a look at which name words it matches); names are matched through the name words
 * in person_search_word (migration V52).
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
        MapSqlParameterSource params =
                new MapSqlParameterSource().addValue("scope", scopeTeamIds.isEmpty() ? List.of(-1L) : scopeTeamIds);
        if (dateOfBirth != null) {
            params.addValue("dob", dateOfBirth);
        }
        String query = text == null ? "" : text.trim();
        Matches matches;
        if (query.isEmpty()) {
            if (dateOfBirth == null) {
                return Page.empty(page);
            }
            matches = people("p.date_of_birth = :dob");
        } else {
            Optional<String> identifierClause = identifierClause(query, params);
            if (identifierClause.isPresent()) {
                matches = people(identifierClause.get() + (dateOfBirth == null ? "" : " and p.date_of_birth = :dob"));
            } else {
                matches = names(query, dateOfBirth != null, params);
            }
        }
        // Rank and cut the page first; only the page's rows then read the person and look up whether the user's team
        // has a case. The total comes with the page (a window count over the same matches, or for one whole word a
        // count of its index entries): a common family name matches thousands of people at national scale, and
        // counting them in a statement of its own read every match twice.
        List<Ranked> rows = jdbc.query(
                """
                with matched as (%s),
                ranked as (select m.*, %s as total from matched m
                           order by %s
                           %s)
                select p.id, p.given_name, p.family_name, p.other_names, p.date_of_birth, p.pnc_id, p.crn, m.total,
                       %s as in_scope
                from ranked m join person p on p.id = m.person_id
                order by %s
                """.formatted(
                                matches.sql(),
                                matches.total(),
                                matches.order(),
                                PageClause.of(page.getPageSize(), page.getOffset()),
                                PersonAccess.HAS_OR_HAD_A_CASE.formatted("p.id"),
                                matches.order()),
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
            Long counted = jdbc.queryForObject(
                    "with matched as (" + matches.sql() + ") select count(*) from matched", params, Long.class);
            total = counted == null ? 0 : counted;
        }
        return new PageImpl<>(rows.stream().map(Ranked::summary).toList(), page, total);
    }

    /**
     * The people matched (a statement giving {@code person_id} and what {@code order} sorts by), their order, and
     * the expression that counts them all beside the page.
     */
    private record Matches(String sql, String order, String total) {

        Matches(String sql, String order) {
            this(sql, order, "count(*) over ()");
        }
    }

    /** Matches on the person's own row: an identifier or a date of birth. */
    private static Matches people(String condition) {
        // A record merged into another is found through the survivor, which took its identifiers.
        return new Matches(
                "select p.id as person_id, p.family_name, p.given_name from person p where " + condition
                        + " and p.merged_into_id is null",
                "m.family_name, m.given_name, m.person_id");
    }

    /**
     * Matches every typed word (at most five) against the words of people's names in person_search_word, never
     * reading a person's row: each typed word matches a name word that contains it as typed, or one close enough by
     * trigram word similarity to forgive a typo ("marsdon" finds Marsden), through the trigram index of the distinct
     * words in search_word. People whose names contain every word as typed come first, then those with more whole
     * words as typed (a word of their own name above the same word in their other names), then by family and given name.
     * A record merged into another has no words there.
     */
    private Matches names(String query, boolean withDateOfBirth, MapSqlParameterSource params) {
        // Fold accents and case once, here, rather than per row inside the query.
        String folded = jdbc.queryForObject("select search_fold(:text)", Map.of("text", query), String.class);
        List<String> words = Arrays.stream(folded.split("\\s+"))
                .filter(w -> !w.isBlank())
                .limit(5)
                .toList();
        if (words.isEmpty()) {
            return people("false");
        }
        for (int i = 0; i < words.size(); i++) {
            params.addValue("word" + i, words.get(i));
            params.addValue("pattern" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        if (words.size() == 1 && !withDateOfBirth && matchesOnlyItself(params)) {
            return oneWholeWord();
        }
        List<String> scores = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = "w" + i;
            // A whole word as typed scores 3 in their own name, 2 in their other names; part of a word 1; a typo 0.
            scores.add(("max(case when %1$s.word = :word%2$d then (case when %1$s.in_name then 3 else 2 end)"
                                    + " when %1$s.word like :pattern%2$d then 1 else 0 end)")
                            .formatted(w, i)
                    + " as s" + i);
            if (i > 0) {
                joins.add("join person_search_word %s on %s.person_id = w0.person_id".formatted(w, w));
            }
            where.add(("%1$s.word in (select d.word from search_word d"
                            + " where d.word like :pattern%2$d or :word%2$d <%% d.word)")
                    .formatted(w, i));
        }
        if (withDateOfBirth) {
            where.add("w0.person_id in (select p.id from person p where p.date_of_birth = :dob)");
        }
        String asTyped = IntStream.range(0, words.size())
                .mapToObj(i -> "m.s" + i + " > 0")
                .collect(Collectors.joining(" and "));
        String score = IntStream.range(0, words.size()).mapToObj(i -> "m.s" + i).collect(Collectors.joining(" + "));
        return new Matches(
                "select w0.person_id, min(w0.sort_key) as sort_key, " + String.join(", ", scores)
                        + " from person_search_word w0 " + String.join(" ", joins)
                        + " where " + String.join(" and ", where)
                        + " group by w0.person_id",
                "(%s) desc, (%s) desc, m.sort_key, m.person_id".formatted(asTyped, score));
    }

    /**
     * Whether the one typed word is a whole name word and part of no other, nor close to one: a family name typed
     * in full, the commonest search. Its people then all score alike but for their own name above an alias.
     */
    private boolean matchesOnlyItself(MapSqlParameterSource params) {
        List<String> matched = jdbc.queryForList("""
                select d.word from search_word d where d.word like :pattern0 or :word0 <% d.word limit 2
                """, params, String.class);
        return matched.equals(List.of(params.getValue("word0")));
    }

    /**
     * The people with the typed word, ranked as {@link #names} ranks them (own name, then alias, then family and
     * given name), read in that order from the person_search_word_ranked index (V55): a page of a common family
     * name (5,827 people at national scale) reads its 25 entries, not all of them ranked (docs/performance.md).
     */
    private static Matches oneWholeWord() {
        return new Matches(
                "select w0.person_id, w0.in_name, w0.sort_key from person_search_word w0 where w0.word = :word0",
                "m.in_name desc, m.sort_key, m.person_id",
                "(select count(*) from person_search_word c where c.word = :word0)");
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
