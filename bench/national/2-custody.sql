-- National data, part 2: 1,000,000 custody events with their offences, test results and required assessments.
-- Part of the national-scale data set (bench/national-data.sql runs the parts in order in one transaction;
-- bench/national.sh runs each in a transaction of its own, the custody and court order parts side by side).
\ir settings.sql
select setseed(0.20261202);
select count(*) as suites from suite \gset
select count(*) as trigger_offences from trig \gset
select count(*) as other_offences from nontrig \gset

create temp table ne on commit drop as
with r as (
    select j,
           case when random() < 0.8 then 1 + floor(random() * :people)::int
                else 1 + floor(random() * greatest(:people / 10, 1))::int end as pi,
           date_trunc('minute', now() - interval '2 hours' - random() * interval '3 years') as arrested_at,
           random() r_stage, random() r_outcome, random() r_offence, random() r_sample, random() r_release,
           random() r_suite, random() r_off2, random() r_void, random() r_who
    from generate_series(1, :events) j
)
-- Ids in order of arrest, as the rows would have been recorded: the time-ordered indexes then grow at their end.
select nextval(pg_get_serial_sequence('custody_event', 'id')) as id, x.*
from (select np.id as person_id, np.primary_substance,
             r.*, extract(year from age(r.arrested_at::date, np.dob))::int as age,
             r_offence < 0.9 as trigger_offence
      from r join np on np.i = r.pi
      order by r.arrested_at) x;

create temp table ne2 on commit drop as
select ne.*,
       case when age < 18 or r_stage < 0.15 then arrested_at + interval '3 hours' end as charged_at,
       case when r_outcome < 0.93 then 'TESTED' when r_outcome < 0.98 then 'REFUSED' else 'NO_VALID_SAMPLE' end as outcome
from ne;
create temp table ev on commit drop as
select ne2.*,
       case when outcome = 'TESTED'
            then coalesce(charged_at, arrested_at) + (20 + floor(r_sample * 100)::int) * interval '1 minute' end as sample_at
from ne2;
alter table ev add column released_at timestamptz;
update ev set released_at = case when coalesce(sample_at, charged_at, arrested_at) + (2 + floor(r_release * 10)::int) * interval '1 hour' < now()
    then coalesce(sample_at, charged_at, arrested_at) + (2 + floor(r_release * 10)::int) * interval '1 hour' end;
alter table ev add primary key (id);

insert into custody_event (id, person_id, suite_id, arrested_at, test_stage, inspector_name, inspector_rank,
                           authorisation_grounds, sample_taken_at, sample_type, outcome, refusal_warning_given,
                           charged_at, released_at, appropriate_adult_present, age_on_arrest,
                           voided_at, voided_by, void_reason, created_at, created_by, updated_at, updated_by)
select ev.id, ev.person_id, s.id, arrested_at,
       case when charged_at is null then 'ON_ARREST' else 'ON_CHARGE' end,
       case when not trigger_offence then national_load.pick(array['Insp Holt', 'Insp Garside', 'Ch Insp Rhodes', 'Supt Calder'], r_off2) end,
       case when not trigger_offence then national_load.pick(array['Inspector', 'Chief Inspector', 'Superintendent'], r_off2) end,
       case when not trigger_offence then 'Class A use suspected to have caused or contributed to the offence' end,
       sample_at,
       case when sample_at is not null then case when r_sample < 0.95 then 'ORAL_FLUID' else 'URINE' end end,
       outcome, true, charged_at, released_at,
       case when age < 18 then true end,
       age,
       case when r_void < 0.002 then arrested_at + interval '1 day' end,
       case when r_void < 0.002 then w.username end,
       case when r_void < 0.002 then 'Recorded against the wrong person' end,
       least(now(), coalesce(sample_at, arrested_at) + interval '15 minutes'), w.username,
       least(now(), coalesce(sample_at, arrested_at) + interval '15 minutes'), w.username
from ev
join suite s on s.n = 1 + floor(r_suite * :suites)::int
join worker w on w.role = 'CUSTODY_WORKER' and w.k = floor(r_who * (:colleagues + 1))::int;

insert into custody_event_offence (custody_event_id, offence_id)
select ev.id, coalesce(t.id, o.id)
from ev
left join trig t on trigger_offence and t.n = 1 + floor(r_off2 * :trigger_offences)::int
left join nontrig o on not trigger_offence and o.n = 1 + floor(r_off2 * :other_offences)::int;

-- Results per substance for each tested sample: positivity follows the person's primary drug.
create temp table dt on commit drop as
select ev.id as event_id, ts.id as substance_id, ts.code, ev.sample_at, ev.age, ev.released_at, ev.r_who,
       case when random() < case when ts.code = 'OPIATES'
                                 then case ev.primary_substance when 'HEROIN' then 0.75
                                      when 'CRACK_COCAINE' then 0.30 else 0.12 end
                                 else case when ev.primary_substance in ('CRACK_COCAINE', 'POWDER_COCAINE') then 0.80
                                      when ev.primary_substance = 'HEROIN' then 0.45 else 0.25 end end
            then 'POSITIVE' else 'NEGATIVE' end as result,
       random() as r_dispute
from ev
cross join tested_substance ts
where ev.outcome = 'TESTED' and ts.code in ('OPIATES', 'COCAINE') and ev.r_void >= 0.002;

insert into drug_test_result (custody_event_id, tested_substance_id, result, disputed_at, disputed_by,
                              confirmed_result, confirmed_at, confirmed_by, created_at, created_by, updated_at, updated_by)
select event_id, substance_id, result,
       case when disputed then sample_at + interval '1 hour' end,
       case when disputed then 'nat-custodyworker-001' end,
       case when confirmed then case when r_dispute < 0.012 then 'POSITIVE' else 'NEGATIVE' end end,
       case when confirmed then sample_at + interval '5 days' end,
       case when confirmed then 'nat-custodyworker-001' end,
       least(now(), sample_at + interval '15 minutes'), 'nat-custodyworker-001',
       least(now(), sample_at + interval '15 minutes'), 'nat-custodyworker-001'
from (select dt.*, result = 'POSITIVE' and r_dispute < 0.015 as disputed,
             result = 'POSITIVE' and r_dispute < 0.015 and sample_at < now() - interval '8 days' as confirmed
      from dt) d;

-- Required assessments: adults positive for a founding substance, not disputed, three in four; the follow-up
-- after an attended initial assessment.
create temp table ra on commit drop as
select d.event_id, d.r_who,
       coalesce(d.released_at, d.sample_at + interval '30 minutes') as notice_at,
       (coalesce(d.released_at, d.sample_at)::date + 2 + floor(random() * 5)::int) + time '10:00'
           + floor(random() * 10)::int * interval '30 minutes' as appointment_at,
       random() as r_outcome, random() as r_result, random() as r_police, random() as r_place, random() as r_follow
from (select event_id, min(sample_at) sample_at, min(released_at) released_at, min(age) age, min(r_who) r_who,
             bool_or(disputed_at_any) disputed
      from (select dt.*, result = 'POSITIVE' and r_dispute < 0.015 as disputed_at_any from dt) x
      where result = 'POSITIVE'
      group by event_id) d
where d.age >= 18 and not d.disputed and (d.event_id * 2654435761) % 100 < 75;

insert into required_assessment (custody_event_id, kind, appointment_at, place, notice_given_at, assessor_name,
                                 outcome, outcome_recorded_at, outcome_recorded_by, result,
                                 police_notified_at, police_notified_by, police_officer_name, police_collar_number,
                                 police_told_how, warning_given, imposed_by,
                                 created_at, created_by, updated_at, updated_by)
select event_id, 'INITIAL', appointment_at,
       national_load.pick(array['Kirklees recovery hub, Huddersfield', 'Bradford recovery service, Manor Row hub',
           'Leeds Northgate recovery hub', 'Wakefield Westgate recovery hub'], r_place),
       notice_at,
       national_load.pick(array['Alex Penrose', 'Sam Northcott', 'Jo Firth', 'Robin Haigh'], r_place),
       o.outcome,
       case when o.outcome is not null then appointment_at + interval '1 hour' end,
       case when o.outcome is not null then w.username end,
       case when o.outcome = 'ATTENDED_AND_REMAINED'
            then case when r_result < 0.45 then 'CARE_PLAN' when r_result < 0.80 then 'REFERRAL' else 'NO_FURTHER_ACTION' end end,
       case when told then appointment_at + interval '20 hours' end,
       case when told then w.username end,
       case when told then national_load.pick(array['PC Whitlam', 'PC Ahmed', 'DC Rowe', 'PS Lister'], r_place) end,
       case when told then (1000 + floor(r_police * 8999))::int::text end,
       case when told then national_load.pick(array['TELEPHONE', 'SECURE_EMAIL', 'IN_PERSON'], r_result) end,
       true, 'Custody sergeant on duty',
       least(now(), notice_at), w.username, least(now(), notice_at), w.username
from (select ra.*,
             case when appointment_at > now() - interval '1 hour' or r_outcome < 0.03 then null
                  when r_outcome < 0.68 then 'ATTENDED_AND_REMAINED'
                  when r_outcome < 0.92 then 'FAILED_TO_ATTEND' else 'DID_NOT_REMAIN' end as outcome
      from ra) o
cross join lateral (select o.outcome in ('FAILED_TO_ATTEND', 'DID_NOT_REMAIN') and r_police < 0.8
                        and appointment_at + interval '20 hours' < now() as told) t
join worker w on w.role = 'CUSTODY_WORKER' and w.k = floor(r_who * (:colleagues + 1))::int;

insert into required_assessment (custody_event_id, kind, appointment_at, place, notice_given_at, assessor_name,
                                 outcome, outcome_recorded_at, outcome_recorded_by, result,
                                 cancelled_at, cancelled_by, cancel_reason, warning_given, imposed_by,
                                 created_at, created_by, updated_at, updated_by)
select i.custody_event_id, 'FOLLOW_UP', i.appointment_at + interval '14 days', i.place, i.appointment_at + interval '45 minutes',
       i.assessor_name, f.outcome,
       case when f.outcome is not null then i.appointment_at + interval '14 days 1 hour' end,
       case when f.outcome is not null then i.outcome_recorded_by end,
       case when f.outcome = 'ATTENDED_AND_REMAINED' then case when f.r < 0.5 then 'CARE_PLAN' else 'REFERRAL' end end,
       case when f.cancelled then i.outcome_recorded_at end,
       case when f.cancelled then i.outcome_recorded_by end,
       case when f.cancelled then 'Already in treatment: the follow-up is not needed' end,
       true, i.imposed_by, i.created_at, i.created_by, i.outcome_recorded_at, i.created_by
from required_assessment i
join ra on ra.event_id = i.custody_event_id
cross join lateral (select random() as r) rr
cross join lateral (
    select rr.r,
           rr.r < 0.10 as cancelled,
           case when rr.r < 0.10 or i.appointment_at + interval '14 days 1 hour' > now() then null
                when rr.r < 0.80 then 'ATTENDED_AND_REMAINED' else 'FAILED_TO_ATTEND' end as outcome) f
where i.kind = 'INITIAL' and i.outcome = 'ATTENDED_AND_REMAINED';


-- For the cases (part 4): each person's first and last arrest.
create unlogged table national_load.custody_person as
select person_id, min(arrested_at) first_at, max(arrested_at) last_at from ev group by person_id;
alter table national_load.custody_person add primary key (person_id);
