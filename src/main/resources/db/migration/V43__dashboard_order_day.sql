-- The orders dashboard's day summary, as V42 did for custody and compliance: at national scale the dashboard read
-- every order of the area per request (0.5 s alone, 7 s at 100 requests/s), the requirement kinds of each through
-- order_overview's subquery. Orders active today stay a live count: it reads open orders only, by
-- court_order_team_idx.

-- Orders commenced (with each treatment requirement), ended and breached, by the day it happened.
create materialized view dashboard_order_day as
select x.team_id,
       x.day,
       sum(x.commenced) as commenced,
       sum(x.drr) as drr,
       sum(x.atr) as atr,
       sum(x.mhtr) as mhtr,
       sum(x.completed) as completed,
       sum(x.revoked_good_progress) as revoked_good_progress,
       sum(x.revoked_resentenced) as revoked_resentenced,
       sum(x.breaches) as breaches
from (select o.team_id,
             o.starts_on as day,
             1 as commenced,
             (',' || coalesce(o.requirement_kinds, '') || ',' like '%,DRR,%')::int as drr,
             (',' || coalesce(o.requirement_kinds, '') || ',' like '%,ATR,%')::int as atr,
             (',' || coalesce(o.requirement_kinds, '') || ',' like '%,MHTR,%')::int as mhtr,
             0 as completed, 0 as revoked_good_progress, 0 as revoked_resentenced, 0 as breaches
      from order_overview o
      union all
      select o.team_id, o.ended_on, 0, 0, 0, 0,
             (o.ended_outcome = 'COMPLETED')::int,
             (o.ended_outcome = 'REVOKED_GOOD_PROGRESS')::int,
             (o.ended_outcome = 'REVOKED_RESENTENCED')::int,
             0
      from order_overview o
      where o.ended_on is not null
      union all
      select o.team_id, e.decided_on, 0, 0, 0, 0, 0, 0, 0, 1
      from enforcement_overview e
      join order_overview o on o.order_id = e.order_id
      where e.kind = 'BREACH') x
group by x.team_id, x.day;
create unique index dashboard_order_day_key on dashboard_order_day (team_id, day);

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
end
$$;
