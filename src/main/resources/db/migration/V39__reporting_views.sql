-- Reporting interfaces for the managers' dashboards (issue 12). Each view belongs to the module whose tables it
-- reads, and is documented in that module's data dictionary; the dashboard module queries only these views
-- (and order_overview, prison_release_overview), never a module's tables.

-- user: teams with their area, and users with their team, for filters, names and the caseload per worker.
create view team_overview as
select t.id as team_id,
       t.name as team_name,
       t.area_id,
       a.name as area_name,
       t.disabled_at is not null as disabled
from team t
join area a on a.id = t.area_id;

create view user_overview as
select u.id as user_id,
       u.username,
       u.display_name,
       u.role,
       u.team_id,
       u.disabled_at is not null as disabled
from app_user u;

-- person: who people are, for the lists behind a figure and the needs breakdowns; and which teams have or had a
-- case with each person, the access rule of PersonAccess as a relation.
create view person_overview as
select p.id as person_id,
       p.given_name,
       p.family_name,
       p.date_of_birth,
       p.stated_sex,
       p.ethnicity,
       p.housing_status,
       (select s.substance from person_substance s where s.person_id = p.id and s.is_primary limit 1)
           as primary_substance,
       (select count(*) from person_substance s where s.person_id = p.id) > 1 as poly_drug_use,
       p.housing_status in ('NO_FIXED_ABODE', 'AT_RISK_OF_EVICTION') as acute_housing_need,
       p.merged_into_id
from person p;

create view person_team_access as
select c.person_id, c.team_id
from person_case c
union
select c.person_id, t.from_team_id
from person_case c
join case_transfer t on t.case_id = c.id;

-- custody: one row per drug test in custody, with its result group and the initial required assessment's outcome.
create view custody_test_overview as
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

-- Tests by time, across suites: the custody dashboard's date range.
create index custody_event_arrested_idx on custody_event (arrested_at);

-- compliance: appointments under orders with their outcome, and warnings and breach actions.
create view appointment_overview as
select ap.id as appointment_id,
       ap.order_id,
       ap.person_id,
       ap.kind,
       ap.starts_at,
       (date_trunc('month', ap.starts_at at time zone 'Europe/London'))::date as starts_month,
       ap.outcome
from appointment ap;

create view enforcement_overview as
select ea.id as action_id,
       ea.order_id,
       ea.person_id,
       ea.kind,
       ea.decided_on,
       (date_trunc('month', ea.decided_on))::date as decided_month,
       ea.resolution
from enforcement_action ea;

create index appointment_starts_idx on appointment (starts_at);
create index enforcement_action_decided_idx on enforcement_action (decided_on);
create index court_order_starts_idx on court_order (starts_on);

-- Exports are audited like views and changes.
insert into audit_action (code, label) values ('EXPORT', 'Exported');
insert into audit_record_kind (code, label) values ('Dashboard', 'Dashboard or case list');
