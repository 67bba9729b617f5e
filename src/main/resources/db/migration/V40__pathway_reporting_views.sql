-- More reporting interfaces for the dashboards (issue 12): referrals and treatment episodes (the pathway funnel and
-- time from arrest to treatment) and cases (caseload per worker).

-- referral: one row per referral with its lifecycle steps.
create view referral_overview as
select r.id as referral_id,
       r.person_id,
       r.from_stage,
       r.service,
       r.from_team_id,
       r.to_team_id,
       r.sent_at,
       r.assessed_at,
       r.engaged_at,
       r.completed_at,
       r.closed_at,
       r.closed_outcome
from referral r;

-- treatment: one row per treatment episode, with its exit reason's group.
create view treatment_episode_overview as
select e.id as episode_id,
       e.person_id,
       e.team_id,
       e.referral_id,
       e.setting,
       e.started_on,
       e.exit_on,
       e.exit_reason,
       case
           when e.exit_reason = 'COMPLETED_FREE_OF_DEPENDENCY' then 'COMPLETED'
           when e.exit_reason in ('TRANSFERRED_IN_CUSTODY', 'TRANSFERRED_NOT_IN_CUSTODY') then 'TRANSFERRED'
           when e.exit_reason is not null then 'INCOMPLETE'
       end as exit_group
from treatment_episode e;

-- person: one row per case, with its owner.
create view case_overview as
select c.id as case_id,
       c.person_id,
       c.team_id,
       c.owner_id,
       c.opened_for,
       c.opened_at,
       c.closed_at
from person_case c;
