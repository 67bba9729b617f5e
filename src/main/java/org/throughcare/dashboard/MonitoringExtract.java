package org.throughcare.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pseudonymised monitoring extract for evaluators: one row per pathway episode in the period (a drug test in
 * custody, a referral, a treatment episode, a court order, a release from prison) with the person's initials, date
 * of birth, sex and the area, the episode's dates and codes, and no names or identifiers. Rows of one person share a
 * pseudonym, a keyed hash (HMAC-SHA-256) of their record number that cannot be turned back without the key.
 *
 * <p>The key is {@code throughcare.dashboard.extract-key}. Without it a random key is made at start-up, so
 * pseudonyms stay the same only within one run of the application: set it for extracts that must link across runs.
 */
@Component
class MonitoringExtract {

    private static final Logger log = LoggerFactory.getLogger(MonitoringExtract.class);

    static final List<String> HEADER = List.of(
            "pseudonym",
            "initials",
            "date_of_birth",
            "sex",
            "area",
            "episode",
            "start_date",
            "end_date",
            "code",
            "outcome");

    /** One row of the extract, as written. */
    record Row(
            String pseudonym,
            String initials,
            LocalDate dateOfBirth,
            String sex,
            String area,
            String episode,
            LocalDate startDate,
            LocalDate endDate,
            String code,
            String outcome) {

        List<Object> cells() {
            return java.util.Arrays.asList(
                    pseudonym, initials, dateOfBirth, sex, area, episode, startDate, endDate, code, outcome);
        }
    }

    /** Every episode kind, as (person_id, team_id, episode, start_date, end_date, code, outcome) in the period. */
    static final String EPISODES = """
            select t.person_id, u.team_id, 'CUSTODY_TEST' as episode,
                   (t.arrested_at at time zone 'Europe/London')::date as start_date, null::date as end_date,
                   t.result_group as code, t.initial_assessment as outcome
            from custody_test_overview t
            join user_overview u on u.username = t.recorded_by
            where t.arrested_at >= :fromTs and t.arrested_at < :toTs
            union all
            select r.person_id, r.from_team_id, 'REFERRAL', (r.sent_at at time zone 'Europe/London')::date,
                   (coalesce(r.completed_at, r.closed_at) at time zone 'Europe/London')::date, r.service,
                   case when r.completed_at is not null then 'COMPLETED' else r.closed_outcome end
            from referral_overview r
            where r.sent_at >= :fromTs and r.sent_at < :toTs
            union all
            select e.person_id, e.team_id, 'TREATMENT_EPISODE', e.started_on, e.exit_on, e.setting, e.exit_reason
            from treatment_episode_overview e
            where e.started_on between :from and :to
            union all
            select o.person_id, o.team_id, 'COURT_ORDER', o.starts_on, coalesce(o.ended_on, o.ends_on),
                   o.order_type || ':' || coalesce(o.requirement_kinds, ''), o.ended_outcome
            from order_overview o
            where o.starts_on between :from and :to
            union all
            select pr.person_id, pr.team_id, 'PRISON_RELEASE', pr.released_on, pr.first_appointment_on,
                   case when pr.naloxone_supplied then 'NALOXONE' else 'NO_NALOXONE' end, """ + ReleaseStatus.SQL + """

            from prison_release_overview pr
            where pr.released_on between :from and :to
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final PersonAccess access;
    private final AuditService audit;
    private final Clock clock;
    private final byte[] key;

    MonitoringExtract(
            NamedParameterJdbcTemplate jdbc,
            PersonAccess access,
            AuditService audit,
            Clock clock,
            @Value("${throughcare.dashboard.extract-key:}") String key) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        if (key == null || key.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.key = random;
            log.info("No throughcare.dashboard.extract-key set: monitoring extract pseudonyms last until restart");
        } else {
            this.key = key.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Writes every row to {@code sink}, oldest first, and audits the export with its row count. */
    @Transactional
    long export(DashboardFilter filter, SignedInUser user, Consumer<Row> sink) {
        List<Long> scope = access.scopeTeamIds(user);
        if (scope.isEmpty()) {
            throw new AccessDeniedException("Administrators see figures, not the people behind them");
        }
        Mac mac = mac();
        long[] count = {0};
        jdbc.query(
                "select x.person_id, left(p.given_name, 1) || left(p.family_name, 1) as initials, p.date_of_birth,"
                        + " p.stated_sex, tm.area_name, x.episode, x.start_date, x.end_date, x.code, x.outcome"
                        + " from (" + EPISODES + ") x"
                        + " join person_overview p on p.person_id = x.person_id"
                        + " join team_overview tm on tm.team_id = x.team_id"
                        + " where x.team_id in (:teams) and p.merged_into_id is null"
                        + " and exists (select 1 from person_team_access pa where pa.person_id = x.person_id"
                        + " and pa.team_id in (:scope))"
                        + " order by x.start_date, x.episode, x.person_id",
                DashboardFigures.params(filter).addValue("scope", scope).addValue("today", LocalDate.now(clock)),
                rs -> {
                    sink.accept(new Row(
                            pseudonym(mac, rs.getLong("person_id")),
                            rs.getString("initials").toUpperCase(java.util.Locale.UK),
                            rs.getDate("date_of_birth").toLocalDate(),
                            rs.getString("stated_sex"),
                            rs.getString("area_name"),
                            rs.getString("episode"),
                            rs.getDate("start_date").toLocalDate(),
                            rs.getDate("end_date") == null
                                    ? null
                                    : rs.getDate("end_date").toLocalDate(),
                            rs.getString("code"),
                            rs.getString("outcome")));
                    count[0]++;
                });
        audit.record(
                user.username(),
                AuditAction.EXPORT,
                CaseLists.DASHBOARD,
                "monitoring-extract",
                "Pseudonymised monitoring extract, " + filter.label() + ", " + filter.from() + " to " + filter.to()
                        + ": " + count[0] + " rows as CSV");
        return count[0];
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** The first 16 hex digits of the keyed hash: unique enough for a national extract, and not reversible. */
    static String pseudonym(Mac mac, long personId) {
        byte[] hash = mac.doFinal(String.valueOf(personId).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 8);
    }
}
