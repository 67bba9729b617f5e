-- National data, part 3: 100,000 court orders with requirements and court reviews, 2,000,000 appointments and the
-- enforcement that followed failures.
-- Part of the national-scale data set (bench/national-data.sql runs the parts in order in one transaction;
-- bench/national.sh runs each in a transaction of its own, the custody and court order parts side by side).
\ir settings.sql
select setseed(0.20261203);
select count(*) as trigger_offences from trig \gset
-- --- court orders: about 100,000 made in the last three years, supervised by the probation team ------------------
create temp table court_n on commit drop as select row_number() over (order by id)::int as n, id from court where active;
select count(*) as courts from court_n \gset
select id as drr_provider from provider where service = 'COMMUNITY_DRUG_TREATMENT' and active order by id limit 1 \gset

create temp table no on commit drop as
with r as (
    select k, 1 + floor(random() * :people)::int as pi, random() r_sentenced, random() r_months, random() r_type,
           random() r_req, random() r_court, random() r_officer, random() r_end, random() r_willing, random() r_res,
           random() r_tests, random() r_reviews, random() r_offence
    from generate_series(1, :orders) k
), s as (
    select r.*, np.id as person_id,
           greatest(current_date - floor(r_sentenced * 1095)::int, (np.dob + interval '18 years')::date) as sentenced_on,
           case when r_months < 0.30 then 6 when r_months < 0.60 then 9 when r_months < 0.90 then 12 else 18 end as months
    from r join np on np.i = r.pi
)
select nextval(pg_get_serial_sequence('court_order', 'id')) as id, s.*,
       (sentenced_on + make_interval(months => greatest(12, months)))::date as ends_on,
       case when r_req < 1.0 / 6 then 'DRR_MHTR' when r_req < 2.0 / 6 then 'ATR'
            when r_req < 3.0 / 6 then 'TESTING_UNPAID' else 'DRR' end as shape
from s;
alter table no add column ended_on date, add column ended_outcome text;
update no set ended_on = case when ends_on < current_date then ends_on
                              when r_end < 0.08 and sentenced_on + interval '6 months' < current_date
                                  then (sentenced_on + interval '6 months')::date end,
              ended_outcome = case when ends_on < current_date then case when r_end < 0.95 then 'COMPLETED' else 'REVOKED_RESENTENCED' end
                                   when r_end < 0.08 and sentenced_on + interval '6 months' < current_date
                                       then 'REVOKED_GOOD_PROGRESS' end;
alter table no add primary key (id);

insert into court_order (id, person_id, team_id, responsible_officer_id, order_type, court_id, sentenced_on, starts_on,
                         ends_on, ended_on, ended_outcome, ended_by, created_at, created_by, updated_at, updated_by)
select no.id, person_id, w.team_id, w.user_id,
       case when r_type < 0.25 then 'SUSPENDED_SENTENCE_ORDER' else 'COMMUNITY_ORDER' end,
       c.id, sentenced_on, sentenced_on, ends_on, ended_on, ended_outcome,
       case when ended_on is not null then w.username end,
       sentenced_on + time '16:00', w.username,
       coalesce(ended_on, sentenced_on) + time '16:00', w.username
from no
join court_n c on c.n = 1 + floor(r_court * :courts)::int
join worker w on w.role = 'PROBATION_OFFICER' and w.k = floor(r_officer * (:colleagues + 1))::int;

insert into order_offence (order_id, offence_id)
select no.id, t.id from no join trig t on t.n = 1 + floor(r_offence * :trigger_offences)::int;

insert into order_requirement (order_id, kind, willingness_expressed_on, provider_id, treatment_place, residence,
                               period_months, tests_per_month, court_reviews, details,
                               created_at, created_by, updated_at, updated_by)
select no.id, q.kind,
       case when q.kind in ('DRR', 'ATR', 'MHTR') then sentenced_on - 7 - floor(r_willing * 14)::int end,
       case when q.kind = 'DRR' then :drr_provider end,
       case when q.kind = 'DRR' then 'Northgate Community Recovery Service, 1 Market Row, Leeds' end,
       case when q.kind = 'DRR' then case when r_res < 0.125 then 'RESIDENT' else 'NON_RESIDENT' end end,
       case when q.kind = 'DRR' then months end,
       case when q.kind = 'DRR' then 2 + floor(r_tests * 3)::int * 2 end,
       q.kind = 'DRR' and (months > 12 or r_reviews < 0.6),
       case q.kind when 'MHTR' then 'Community mental health team, 6 months' when 'ATR' then 'Riverside Alcohol Service, 9 months'
           when 'DRUG_TESTING' then 'Fortnightly oral fluid tests' when 'UNPAID_WORK' then '120 hours'
           when 'CURFEW' then '19:00 to 07:00, 3 months' end,
       sentenced_on + time '16:00', 'nat-load', sentenced_on + time '16:00', 'nat-load'
from no
cross join lateral (
    select unnest(case shape when 'DRR_MHTR' then array['DRR', 'MHTR'] when 'ATR' then array['ATR']
                  when 'TESTING_UNPAID' then array['DRUG_TESTING', 'UNPAID_WORK']
                  else case when r_res > 0.95 then array['DRR', 'CURFEW'] else array['DRR'] end end) as kind) q;
update order_requirement r set created_by = c.created_by, updated_by = c.created_by
from court_order c where r.order_id = c.id and r.created_by = 'nat-load';

-- Court reviews monthly to the end of the treatment-and-testing period, where the DRR has them; those past are held
-- (report sent three days before), unless the order ended first.
insert into court_review (order_id, due_on, report_sent_on, report_sent_by, provider_view, held_on, attendance, outcome,
                          outcome_recorded_by, created_at, created_by, updated_at, updated_by)
select no.id, v.due_on,
       case when held then v.due_on - 3 end,
       case when held then c.created_by end,
       case when held then case when v.r < 0.25 then 'Attendance has been patchy; two sessions missed this month.'
                                else 'Attending keywork weekly and engaging well with group sessions.' end end,
       case when held then v.due_on end,
       case when held then case when v.r between 0.6 and 0.8 then 'NOT_REQUIRED' else 'ATTENDED' end end,
       case when held then case when v.r < 0.6 then 'SATISFACTORY_PROGRESS' when v.r < 0.8 then 'REVIEWED_ON_PAPERS'
                                else 'CONCERNS' end end,
       case when held then c.created_by end,
       c.created_at, c.created_by, c.created_at, c.created_by
from no
join court_order c on c.id = no.id
join order_requirement q on q.order_id = no.id and q.kind = 'DRR' and q.court_reviews
cross join lateral (select (no.sentenced_on + make_interval(months => m))::date as due_on, random() as r
                    from generate_series(1, q.period_months) m) v
cross join lateral (select v.due_on < current_date and v.due_on <= coalesce(no.ended_on, v.due_on) as held) h;

-- --- appointments under the orders: fortnightly from the start, to the end or six weeks ahead ----------------------
create temp table na on commit drop as
select no.id as order_id, no.person_id, no.r_officer,
       (no.sentenced_on + 2 + s * 14 + floor(random() * 4)::int) + time '09:00'
           + floor(random() * 14)::int * interval '30 minutes' as starts_at,
       random() as r_kind, random() as r_outcome, random() as r_reason, random() as r_place
from no
cross join generate_series(0, 40) s
where no.sentenced_on + 2 + s * 14 <= least(coalesce(no.ended_on, no.ends_on), current_date + 42);
select count(*) as candidate_appointments from na \gset
-- Thin to the target, keeping every order's first appointments (a share of each order's rows goes).
delete from na where random() > :appointments::float8 / :candidate_appointments;

create temp table ap on commit drop as
select nextval(pg_get_serial_sequence('appointment', 'id')) as id, na.*,
       case when starts_at > now() then null
            when starts_at > now() - interval '10 days' and r_reason < 0.3 then null
            when r_outcome < 0.68 then 'ATTENDED_COMPLIED'
            when r_outcome < 0.78 then 'ACCEPTABLE_ABSENCE'
            when r_outcome < 0.88 then 'UNACCEPTABLE_ABSENCE'
            when r_outcome < 0.94 then 'ATTENDED_FAILED_TO_COMPLY'
            when starts_at + interval '2 days' < now() - interval '1 day' then 'RESCHEDULED'
            else 'ATTENDED_COMPLIED' end as outcome
from (select * from na order by starts_at) na;
alter table ap add column moved_id bigint;
update ap set moved_id = nextval(pg_get_serial_sequence('appointment', 'id')) where outcome = 'RESCHEDULED';

insert into appointment (id, order_id, person_id, kind, starts_at, place, with_whom, outcome, absence_reason,
                         absence_evidence, outcome_notes, rescheduled_to_id, outcome_recorded_at, outcome_recorded_by,
                         created_at, created_by, updated_at, updated_by)
select ap.id, order_id, person_id,
       case when r_kind < 1.0 / 6 then 'DRUG_TEST' when r_kind < 0.5 then 'TREATMENT' else 'SUPERVISION' end,
       starts_at,
       (array['Leeds Probation Office, Albion Street', 'Northgate Recovery Hub', 'Bradford Probation Office'])[1 + floor(r_place * 3)::int],
       (array['Probation officer', 'Drug worker', 'Testing clinic'])[1 + floor(r_place * 3)::int],
       outcome,
       case when outcome = 'ACCEPTABLE_ABSENCE' then national_load.pick(array['MEDICAL', 'COURT_OR_LEGAL', 'EMPLOYMENT',
           'FAMILY_OR_CHILDCARE', 'RELIGIOUS', 'REMANDED_IN_CUSTODY', 'OTHER'], r_reason) end,
       case when outcome = 'ACCEPTABLE_ABSENCE' then 'Letter seen and copied to the file' end,
       case when outcome = 'RESCHEDULED' then 'Moved at the person''s request' end,
       moved_id,
       case when outcome is not null then least(now(), starts_at + interval '2 hours') end,
       case when outcome is not null then w.username end,
       starts_at - interval '7 days', w.username,
       coalesce(least(now(), starts_at + interval '2 hours'), starts_at - interval '7 days'), w.username
from ap
join worker w on w.role = 'PROBATION_OFFICER' and w.k = floor(r_officer * (:colleagues + 1))::int
union all
select moved_id, order_id, person_id, 'SUPERVISION', starts_at + interval '2 days',
       'Leeds Probation Office, Albion Street', 'Probation officer',
       'ATTENDED_COMPLIED', null, null, null, null,
       starts_at + interval '2 days 2 hours', w.username, starts_at, w.username, starts_at + interval '2 days 2 hours', w.username
from ap
join worker w on w.role = 'PROBATION_OFFICER' and w.k = floor(r_officer * (:colleagues + 1))::int
where moved_id is not null;

-- Enforcement: a warning for a failure with none in the 12 months before on the order, breach action otherwise
-- (Sentencing Act 2020 Sch 10); some recent failures await a decision; half the older breaches have their result.
insert into enforcement_action (order_id, person_id, appointment_id, kind, decided_on, notes, resolved_on, resolution,
                                resolved_by, created_at, created_by, updated_at, updated_by)
select order_id, person_id, id, kind, decided_on,
       case kind when 'WARNING' then 'Warned in person; letter to follow'
                 else 'Breach action: information laid at the magistrates'' court' end,
       case when resolved then decided_on + 21 + (id % 14)::int end,
       case when resolved then case when id % 2 = 0 then 'CONTINUED' else 'MADE_MORE_ONEROUS' end end,
       case when resolved then username end,
       decided_on + time '12:00', username, decided_on + time '12:00', username
from (
    select f.*, case when f.previous_failure > f.starts_at - interval '12 months' or f.r_reason > 0.8 then 'BREACH' else 'WARNING' end as kind,
           least(current_date, f.starts_at::date + 1) as decided_on,
           w.username
    from (select ap.*, lag(starts_at) over (partition by order_id order by starts_at) as previous_failure
          from ap where outcome in ('UNACCEPTABLE_ABSENCE', 'ATTENDED_FAILED_TO_COMPLY')) f
    join worker w on w.role = 'PROBATION_OFFICER' and w.k = floor(f.r_officer * (:colleagues + 1))::int
    where not (f.starts_at > now() - interval '4 days' and f.r_place < 0.5)
) d
cross join lateral (select d.kind = 'BREACH' and d.decided_on + 35 < current_date and d.r_outcome > 0.91 as resolved) x;

-- For the cases (part 4): each person's orders, from the first sentence to the last end.
create unlogged table national_load.order_person as
select person_id, min(sentenced_on) first_on, max(coalesce(ended_on, ends_on)) last_end,
       count(*) filter (where ended_on is null) open_orders, min(r_officer) r_officer
from no group by person_id;
