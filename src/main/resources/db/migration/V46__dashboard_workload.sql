-- The caseload dashboard counted open cases per worker and per team, unallocated cases per team and active orders per
-- officer over the live tables on every request: at national scale 280,000 open cases, most of its time (the
-- unallocated count alone read 34,000 heap rows per team). This read model keeps those counts per team and worker,
-- recounted with the day summaries. user_id is null for a team's unallocated cases.

create materialized view dashboard_workload as
select team_id,
       user_id,
       sum(open_cases)::bigint    as open_cases,
       sum(active_orders)::bigint as active_orders
from (select c.team_id, c.owner_id as user_id, count(*) as open_cases, 0 as active_orders
      from case_overview c
      where c.closed_at is null
      group by c.team_id, c.owner_id
      union all
      select o.team_id, o.responsible_officer_id, 0, count(*)
      from order_overview o
      where o.ended_on is null
      group by o.team_id, o.responsible_officer_id) counts
group by team_id, user_id;
create unique index dashboard_workload_key on dashboard_workload (team_id, user_id);
create index dashboard_workload_user_idx on dashboard_workload (user_id);

-- Every materialised view whose name starts with dashboard_ is a summary the dashboards read: recount them all, so
-- that a new summary needs only its own migration, not another copy of this function.
create or replace function refresh_dashboard_summaries() returns void
    language plpgsql
    security definer
    set search_path = public, pg_temp
as
$$
declare
    summary name;
begin
    for summary in
        select matviewname from pg_matviews where schemaname = 'public' and matviewname like 'dashboard\_%' order by 1
    loop
        execute format('refresh materialized view concurrently %I', summary);
    end loop;
end
$$;
