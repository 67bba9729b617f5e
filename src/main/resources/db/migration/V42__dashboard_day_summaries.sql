-- The dashboard module's read models: custody tests and compliance per team and UK day, summed from the reporting
-- views (custody_test_overview, user_overview, appointment_overview, enforcement_overview, order_overview) and
-- nothing else. At national scale the custody and compliance dashboards counted a year of raw rows per request
-- (332,000 tests, each with a lateral over its results: 2.1 s; 1.2 s for compliance); a dashboard now sums a few
-- hundred day rows per team. Days, not months, so any period the filter allows is summed exactly.
--
-- They are refreshed by DashboardSummaries (every few minutes, and at start-up) through
-- refresh_dashboard_summaries(), which runs as this migration's owner: the application's role owns nothing, and
-- only an owner may refresh a materialised view. CONCURRENTLY keeps the dashboards readable during a refresh.

create materialized view dashboard_custody_day as
select u.team_id,
       (t.arrested_at at time zone 'Europe/London')::date as day,
       count(*) as tests,
       count(*) filter (where t.result_group = 'OPIATES_ONLY') as opiates_only,
       count(*) filter (where t.result_group = 'COCAINE_ONLY') as cocaine_only,
       count(*) filter (where t.result_group = 'BOTH') as both_substances,
       count(*) filter (where t.result_group = 'NEGATIVE') as negative,
       count(*) filter (where t.result_group = 'REFUSED') as refused,
       count(*) filter (where t.result_group = 'NO_VALID_SAMPLE') as no_valid_sample,
       count(*) filter (where t.initial_assessment = 'ATTENDED') as attended,
       count(*) filter (where t.initial_assessment = 'FAILED') as failed
from custody_test_overview t
join user_overview u on u.username = t.recorded_by
group by 1, 2;
create unique index dashboard_custody_day_key on dashboard_custody_day (team_id, day);

create materialized view dashboard_compliance_day as
with appointments as (
    select o.team_id,
           (a.starts_at at time zone 'Europe/London')::date as day,
           count(*) filter (where a.outcome <> 'RESCHEDULED') as with_outcome,
           count(*) filter (where a.outcome in ('ATTENDED_COMPLIED', 'ACCEPTABLE_ABSENCE')) as complied,
           count(*) filter (where a.outcome = 'ATTENDED_FAILED_TO_COMPLY') as failed_to_comply,
           count(*) filter (where a.outcome = 'UNACCEPTABLE_ABSENCE') as unacceptable
    from appointment_overview a
    join order_overview o on o.order_id = a.order_id
    group by 1, 2),
actions as (
    select o.team_id,
           e.decided_on as day,
           count(*) filter (where e.kind = 'WARNING') as warnings,
           count(*) filter (where e.kind = 'BREACH') as breaches
    from enforcement_overview e
    join order_overview o on o.order_id = e.order_id
    group by 1, 2)
select coalesce(a.team_id, e.team_id) as team_id,
       coalesce(a.day, e.day) as day,
       coalesce(a.with_outcome, 0) as with_outcome,
       coalesce(a.complied, 0) as complied,
       coalesce(a.failed_to_comply, 0) as failed_to_comply,
       coalesce(a.unacceptable, 0) as unacceptable,
       coalesce(e.warnings, 0) as warnings,
       coalesce(e.breaches, 0) as breaches
from appointments a
full join actions e on e.team_id = a.team_id and e.day = a.day;
create unique index dashboard_compliance_day_key on dashboard_compliance_day (team_id, day);

create function refresh_dashboard_summaries() returns void
    language plpgsql
    security definer
    set search_path = public, pg_temp
as
$$
begin
    refresh materialized view concurrently dashboard_custody_day;
    refresh materialized view concurrently dashboard_compliance_day;
end
$$;
revoke all on function refresh_dashboard_summaries() from public;
grant execute on function refresh_dashboard_summaries() to "${application_role}";
