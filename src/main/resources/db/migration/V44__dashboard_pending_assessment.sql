-- The caseload dashboard counted each team's overdue required assessments over a year of raw tests per request
-- (custody_test_overview's lateral over the results of 332,000 tests at national scale: most of its 2.4 s). This
-- read model keeps only the tests whose initial required assessment has no outcome yet, one row each, recounted
-- with the day summaries; the dashboard counts those due before its own clock's now.

create materialized view dashboard_pending_assessment as
select t.event_id,
       u.team_id,
       (t.arrested_at at time zone 'Europe/London')::date as arrested_day,
       t.initial_assessment_at
from custody_test_overview t
join user_overview u on u.username = t.recorded_by
where t.initial_assessment = 'PENDING';
create unique index dashboard_pending_assessment_key on dashboard_pending_assessment (event_id);
create index dashboard_pending_assessment_team_idx
    on dashboard_pending_assessment (team_id, arrested_day, initial_assessment_at);

create or replace function refresh_dashboard_summaries() returns void
    language plpgsql
    security definer
    set search_path = public, pg_temp
as
$$
begin
    refresh materialized view concurrently dashboard_custody_day;
    refresh materialized view concurrently dashboard_compliance_day;
    refresh materialized view concurrently dashboard_order_day;
    refresh materialized view concurrently dashboard_pending_assessment;
end
$$;
