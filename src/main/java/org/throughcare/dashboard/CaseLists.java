package org.throughcare.dashboard;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.PageClause;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The cases behind a dashboard figure: one row per thing counted, with the person's name, limited to the people the
 * user may see (a team in their scope has or had a case with them: the rule of {@link PersonAccess}). Every list
 * viewed or exported is audited, in the same transaction, with the figure and the filter.
 */
@Component
class CaseLists {

    static final RecordKind DASHBOARD = RecordKind.of("Dashboard");

    /** One row of a list: who, when, which team, and what was counted. */
    record CaseRow(Long personId, String name, LocalDate occurredOn, String teamName, String detail) {}

    /** Which list: a figure, optionally narrowed to one of its detail codes. */
    record Selection(Figure figure, String detail, PathwayFigures.Breakdown breakdown, String group) {

        Selection(Figure figure, String detail) {
            this(figure, detail, null, null);
        }

        public String title() {
            String title = detail == null
                    ? figure.title()
                    : figure.title() + ": " + figure.describe(detail).toLowerCase(java.util.Locale.UK);
            return breakdown == null
                    ? title
                    : title + " (" + breakdown.label() + ": " + PathwayDashboard.groupName(breakdown, group) + ")";
        }

        /** The group as the {@code group} parameter writes it. */
        String groupParameter() {
            return breakdown == null ? null : breakdown.name() + ":" + (group == null ? "~" : group);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonAccess access;
    private final AuditService audit;
    private final Clock clock;
    private final Formats formats;

    CaseLists(NamedParameterJdbcTemplate jdbc, PersonAccess access, AuditService audit, Clock clock, Formats formats) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.formats = formats;
    }

    @Transactional
    Page<CaseRow> page(Selection selection, DashboardFilter filter, SignedInUser user, int page, int size) {
        Query query = query(selection, filter, user);
        Long total = jdbc.queryForObject("select count(*) from (" + query.sql + ") counted", query.params, Long.class);
        List<CaseRow> rows = jdbc.query(
                query.sql + " order by x.occurred_on desc, p.family_name, p.given_name, x.person_id"
                        + PageClause.of(size, (long) page * size),
                query.params,
                ROW);
        audit.record(
                user.username(),
                AuditAction.VIEW,
                DASHBOARD,
                selection.figure().slug(),
                describe(selection, filter) + ": " + rows.size() + " of " + total + " rows shown");
        return new PageImpl<>(rows, PageRequest.of(page, size), total == null ? 0 : total);
    }

    /** Every row, in order, to {@code sink}, without holding them all in memory; audited as an export. */
    @Transactional
    void export(Selection selection, DashboardFilter filter, SignedInUser user, Consumer<CaseRow> sink) {
        Query query = query(selection, filter, user);
        long[] count = {0};
        jdbc.query(
                query.sql + " order by x.occurred_on desc, p.family_name, p.given_name, x.person_id",
                query.params,
                rs -> {
                    sink.accept(ROW.mapRow(rs, 0));
                    count[0]++;
                });
        audit.record(
                user.username(),
                AuditAction.EXPORT,
                DASHBOARD,
                selection.figure().slug(),
                describe(selection, filter) + ": " + count[0] + " rows as CSV");
    }

    String describe(Selection selection, DashboardFilter filter) {
        return selection.title() + ", " + filter.label() + ", " + formats.date(filter.from()) + " to "
                + formats.date(filter.to());
    }

    private record Query(String sql, MapSqlParameterSource params) {}

    private Query query(Selection selection, DashboardFilter filter, SignedInUser user) {
        List<Long> scope = access.scopeTeamIds(user);
        if (scope.isEmpty()) {
            throw new AccessDeniedException("Administrators see figures, not the people behind them");
        }
        Figure figure = selection.figure();
        String sql = "select x.person_id, p.given_name || ' ' || p.family_name as name, x.occurred_on,"
                + " tm.team_name, x.detail"
                + " from (" + figure.rowsSql() + " and " + figure.teamColumn() + " in (:teams)"
                + (selection.detail() == null ? "" : " and " + figure.detailCondition())
                + ") x"
                + " join person_overview p on p.person_id = x.person_id"
                + " join team_overview tm on tm.team_id = x.team_id"
                + " where exists (select 1 from person_team_access pa where pa.person_id = x.person_id"
                + " and pa.team_id in (:scope))"
                + (selection.breakdown() == null
                        ? ""
                        : " and (" + selection.breakdown().sql("x.occurred_on")
                                + ")::text is not distinct from :group");
        MapSqlParameterSource params = DashboardFigures.params(filter)
                .addValue("scope", scope)
                .addValue("detail", selection.detail())
                .addValue("group", selection.group())
                .addValue("today", LocalDate.now(clock))
                .addValue("now", java.sql.Timestamp.from(clock.instant()));
        return new Query(sql, params);
    }

    private static final RowMapper<CaseRow> ROW = (rs, i) -> new CaseRow(
            rs.getLong("person_id"),
            rs.getString("name"),
            rs.getDate("occurred_on").toLocalDate(),
            rs.getString("team_name"),
            rs.getString("detail"));
}
