-- More reporting interfaces for the dashboards (issue 12): referrals and treatment episodes (the pathway funnel and
-- time from arrest to treatment), cases (caseload per worker), and the time of a test's initial required
-- assessment (days from arrest to assessment, assessments overdue).

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

-- custody: the initial assessment's appointment time, appended to the view.
create or replace view custody_test_overview as
select e.id as event_id,
       e.person_id,
       e.suite_id,
       s.force_id as force_area_id,
       e.created_by as recorded_by,
       e.arrested_at,
       (date_trunc('month', e.arrested_at at time zone 'Europe/London'))::date as arrested_month,
       e.outcome,
       case
           when e.outcome = 'REFUSED' then 'REFUSED'
           when e.outcome = 'NO_VALID_SAMPLE' then 'NO_VALID_SAMPLE'
           when r.opiates and r.cocaine then 'BOTH'
           when r.opiates then 'OPIATES_ONLY'
           when r.cocaine then 'COCAINE_ONLY'
           else 'NEGATIVE'
       end as result_group,
       case
           when a.id is null then null
           when a.outcome = 'ATTENDED_AND_REMAINED' then 'ATTENDED'
           when a.outcome in ('FAILED_TO_ATTEND', 'DID_NOT_REMAIN') then 'FAILED'
           when a.cancelled_at is not null then 'CANCELLED'
           else 'PENDING'
       end as initial_assessment,
       a.appointment_at as initial_assessment_at
from custody_event e
join custody_suite s on s.id = e.suite_id
cross join lateral (
    select coalesce(bool_or(ts.code = 'OPIATES' and coalesce(d.confirmed_result, d.result) = 'POSITIVE'), false)
               as opiates,
           coalesce(bool_or(ts.code = 'COCAINE' and coalesce(d.confirmed_result, d.result) = 'POSITIVE'), false)
               as cocaine
    from drug_test_result d
    join tested_substance ts on ts.id = d.tested_substance_id
    where d.custody_event_id = e.id) r
left join required_assessment a on a.custody_event_id = e.id and a.kind = 'INITIAL'
where e.voided_at is null;
