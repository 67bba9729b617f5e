-- The caseload dashboard counted each worker's and each team's overdue appointment outcomes by walking the
-- appointments of every active order per request, once per worker and once per team. This read model keeps only
-- the appointments of active orders that have no outcome yet, one row each, recounted with the day summaries; the
-- dashboard counts those that started before its own clock's now.

create materialized view dashboard_pending_outcome as
select a.appointment_id,
       o.order_id,
       o.team_id,
       o.responsible_officer_id,
       a.starts_at
from appointment_overview a
join order_overview o on o.order_id = a.order_id
where o.ended_on is null
  and a.outcome is null;
create unique index dashboard_pending_outcome_key on dashboard_pending_outcome (appointment_id);
create index dashboard_pending_outcome_officer_idx on dashboard_pending_outcome (responsible_officer_id, starts_at);
create index dashboard_pending_outcome_team_idx on dashboard_pending_outcome (team_id, starts_at);
-- Recounted by refresh_dashboard_summaries() from V46 on, which refreshes every dashboard_ materialised view.
