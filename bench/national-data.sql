-- National-scale synthetic data for the page benchmark (issue 12), loaded in bulk with set-based SQL.
--
-- Run with psql as the superuser on a database where the application has already started once in demo mode
-- (Flyway has run; the demo users, teams, suites, courts, providers and reference data exist):
--
--   psql -v ON_ERROR_STOP=1 -f bench/national-data.sql            # 250,000 people and the rest (bench/national.sh)
--   psql -v people=2500 -v events=10000 -v orders=1000 -v appointments=20000 -f bench/national-data.sql
--
-- Every row goes through the schema as it is: no constraint, trigger or index is disabled. Ids are drawn from each
-- table's own identity sequence (nextval), so the application's later inserts continue after them. Identifiers
-- carry valid check characters, computed here as the application's validators compute them (PncId, CroNumber,
-- NhsNumber): the mod-23 letter of "YY + serial" and the NHS modulus 11 digit (numbers whose digit would be 10 are
-- left out). Serials start above anything demo mode gives (demo people use serials from 1), so they never collide.
-- Synthetic colleagues (usernames nat-<role>-NNN) join each demo team, so the demo users hold a realistic share of
-- their team's cases and orders rather than all of them. Names and places are from fixed lists.
-- Helpers are temporary tables and pg_temp functions: nothing is left behind but the data.

\set ON_ERROR_STOP 1
\if :{?people}
\else
\set people 250000
\endif
\if :{?events}
\else
\set events 1000000
\endif
\if :{?orders}
\else
\set orders 100000
\endif
\if :{?appointments}
\else
\set appointments 2000000
\endif
\if :{?colleagues}
\else
\set colleagues 99
\endif
\timing on

-- A bulk load commits a few large transactions: no need to wait for each WAL flush (durability of the data
-- directory is unchanged: fsync and full-page writes stay on).
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set client_min_messages = warning;
select setseed(0.20261201);

do $$
begin
    if exists (select 1 from app_user where username like 'nat-%') then
        raise exception 'National data is already loaded in this database';
    end if;
    if not exists (select 1 from app_user where username = 'probation') then
        raise exception 'Start the application once in demo mode first: the demo users and teams are missing';
    end if;
end $$;

-- Check characters, as person.identifier computes them.
create function pg_temp.check_letter(digits text) returns text language sql immutable as
$$ select substr('ZABCDEFGHJKLMNPQRTUVWXY', (digits::bigint % 23)::int + 1, 1) $$;

create function pg_temp.nhs_check(nine text) returns int language sql immutable as
$$ select case when c = 11 then 0 else c end
   from (select 11 - sum(substr(nine, k, 1)::int * (11 - k)) % 11 as c from generate_series(1, 9) k) s $$;

create function pg_temp.pick(a text[], r double precision) returns text language sql immutable as
$$ select a[1 + floor(r * array_length(a, 1))::int] $$;

-- Sanity checks against the documented examples (DOMAIN.md): 2014/0052371M, 943 476 5919.
do $$
begin
    if pg_temp.check_letter('140052371') <> 'M' or pg_temp.nhs_check('943476591') <> 9 then
        raise exception 'check character functions disagree with the documented examples';
    end if;
end $$;

begin;

-- --- teams, demo users and synthetic colleagues ------------------------------------------------------------------
create temp table demo_team on commit drop as
select u.role, u.team_id, u.id as demo_user_id, u.username as demo_username, u.password_hash
from app_user u
where u.username in ('custody', 'liaison', 'probation', 'treatment');

insert into app_user (username, display_name, password_hash, role, team_id, created_at, created_by, updated_at, updated_by)
select 'nat-' || lower(replace(d.role, '_', '')) || '-' || lpad(k::text, 3, '0'),
       pg_temp.pick(array['Alex', 'Sam', 'Jo', 'Chris', 'Robin', 'Kim', 'Charlie', 'Jess', 'Nat', 'Ali'], random())
           || ' ' || pg_temp.pick(array['Penrose', 'Northcott', 'Byrne', 'Holt', 'Akhtar', 'Nowak', 'Firth', 'Lumb'], random()),
       d.password_hash, d.role, d.team_id, now(), 'national-load', now(), 'national-load'
from demo_team d
cross join generate_series(1, :colleagues) k;

-- Workers of each team numbered 0..N: 0 is the demo user, so it holds one case in N + 1.
create temp table worker on commit drop as
select d.role, d.team_id, 0 as k, d.demo_user_id as user_id, d.demo_username as username
from demo_team d
union all
select u.role, u.team_id, row_number() over (partition by u.role order by u.id)::int, u.id, u.username
from app_user u
where u.username like 'nat-%';
create index on worker (role, k);
analyze worker;

-- --- people ----------------------------------------------------------------------------------------------------
create temp table np on commit drop as
with r as (
    select i, random() r_sex, random() r_given, random() r_family, random() r_age, random() r_doy, random() r_year,
           random() r_pnc, random() r_cro, random() r_crn, random() r_nhs, random() r_prison, random() r_eth,
           random() r_eth2, random() r_house, random() r_sub, random() r_route, random() r_town, random() r_other,
           random() r_lang, random() r_gender, random() r_street, random() r_kids, random() r_care, random() r_inject
    from generate_series(1, :people) i
), p as (
    select r.*, r_sex < 0.78 as male,
           (current_date - make_interval(years => 18 + floor(r_age * 48)::int))::date - floor(r_doy * 365)::int as dob
    from r
)
select nextval(pg_get_serial_sequence('person', 'id')) as id, p.*,
       least(extract(year from current_date)::int, extract(year from dob)::int + 18 + floor(r_year * 15)::int) as year_charged,
       case when r_sub < 0.35 then 'HEROIN' when r_sub < 0.60 then 'CRACK_COCAINE' when r_sub < 0.72 then 'POWDER_COCAINE'
            when r_sub < 0.82 then 'ALCOHOL' when r_sub < 0.92 then 'CANNABIS'
            when r_sub < 0.96 then 'BENZODIAZEPINES' else 'AMPHETAMINES' end as primary_substance
from p;
alter table np add primary key (i);

insert into person (id, given_name, family_name, other_names, date_of_birth, stated_sex, gender_identity, ethnicity,
                    pnc_id, cro_number, crn, nhs_number, prison_number, address_line1, town, postcode,
                    housing_status, dependent_children, childcare_responsibility, first_language, interpreter_needed,
                    injecting_status, created_at, created_by, updated_at, updated_by)
select id,
       case when male then pg_temp.pick(array['Adam', 'Aidan', 'Ben', 'Callum', 'Connor', 'Craig', 'Daniel', 'Darren', 'Dean',
           'Gary', 'Jamie', 'Jason', 'Jordan', 'Kieran', 'Lee', 'Liam', 'Mark', 'Martin', 'Nathan', 'Paul', 'Ryan', 'Scott',
           'Shane', 'Stuart', 'Wayne', 'José', 'Seán', 'Tomasz', 'Imran', 'Bilal'], r_given)
       else pg_temp.pick(array['Amy', 'Chantelle', 'Chloé', 'Danielle', 'Emma', 'Gemma', 'Hayley', 'Jade', 'Jodie', 'Kelly',
           'Kirsty', 'Laura', 'Leanne', 'Lisa', 'Michelle', 'Natalie', 'Nicola', 'Rachel', 'Sarah', 'Stacey', 'Zoë', 'Aoife',
           'Agnieszka', 'Saima', 'Amira'], r_given) end,
       pg_temp.pick(array['Ashworth', 'Barker', 'Bentley', 'Booth', 'Brennan', 'Calder', 'Crowther', 'Dawson', 'Denton',
           'Eastwood', 'Fairbairn', 'Firth', 'Garside', 'Greenwood', 'Haigh', 'Holroyd', 'Ingham', 'Jagger', 'Kershaw', 'Lumb',
           'Midgley', 'Moorhouse', 'Newsome', 'Oldroyd', 'Pickles', 'Ramsden', 'Rhodes', 'Sugden', 'Sutcliffe', 'Thackray',
           'Uttley', 'Wadsworth', 'Whiteley', 'Womersley', 'Yeadon', 'Nowak', 'Kowalczyk', 'Hussain', 'Akhtar', 'O''Brien',
           'Ó Súilleabháin', 'Brontë', 'Müller', 'García'], r_family),
       case when r_other < 0.10 then pg_temp.pick(array['Lee', 'Jay', 'Mo', 'Kaz', 'Danny', 'Sam'], r_other * 10)
           || ' ' || pg_temp.pick(array['Booth', 'Rhodes', 'Firth', 'Haigh', 'Calder'], r_given) end,
       dob,
       case when male then 'MALE' else 'FEMALE' end,
       case when r_gender < 0.85 then case when male then 'MALE' else 'FEMALE' end end,
       case when r_eth < 0.72 then 'WHITE_BRITISH'
            else pg_temp.pick(array['WHITE_IRISH', 'WHITE_OTHER', 'WHITE_GYPSY_TRAVELLER', 'MIXED_WHITE_BLACK_CARIBBEAN',
                'ASIAN_PAKISTANI', 'ASIAN_INDIAN', 'ASIAN_BANGLADESHI', 'BLACK_CARIBBEAN', 'BLACK_AFRICAN', 'OTHER_ANY',
                'NOT_STATED'], r_eth2) end,
       -- PNC ID: YYYY/NNNNNNNC, serial 1,000,000 + i (7 digits), letter of YY + serial.
       case when r_pnc < 0.92 then year_charged || '/' || (1000000 + i)
           || pg_temp.check_letter(lpad((year_charged % 100)::text, 2, '0') || (1000000 + i)) end,
       -- CRO number: NNNNNN/YYC with serial 400,000 + i, or SFYY/NNNNNNC for one in ten (no fingerprints).
       case when r_cro < 0.55 then
           case when i % 10 = 3
                then 'SF' || lpad((year_charged % 100)::text, 2, '0') || '/' || (400000 + i)
                     || pg_temp.check_letter(lpad((year_charged % 100)::text, 2, '0') || (400000 + i))
                else (400000 + i) || '/' || lpad((year_charged % 100)::text, 2, '0')
                     || pg_temp.check_letter(lpad((year_charged % 100)::text, 2, '0') || (400000 + i)) end end,
       case when r_crn < 0.40 then 'N' || lpad(i::text, 6, '0') end,
       -- NHS number from the 999 test range, 999,100,000 + 3i: modulus 11 check digit; none when it would be 10.
       case when r_nhs < 0.70 and pg_temp.nhs_check((999100000 + 3 * i)::text) < 10
            then (999100000 + 3 * i)::text || pg_temp.nhs_check((999100000 + 3 * i)::text) end,
       case when r_prison < 0.15 then 'N' || lpad((i % 10000)::text, 4, '0')
           || substr('ABCDEFGHJKLMNPQRSTUVWXYZ', (i / 10000) % 24 + 1, 1)
           || substr('ABCDEFGHJKLMNPQRSTUVWXYZ', 13 + (i / 240000) % 12, 1) end,
       (1 + floor(r_street * 120)::int) || ' ' || pg_temp.pick(array['Mill Lane', 'Station Road', 'Victoria Street',
           'Park Terrace', 'Chapel Row', 'Albert Road', 'Canal Side', 'Church Walk', 'Hillside Close', 'Beck View'], r_kids),
       pg_temp.pick(array['Leeds', 'Bradford', 'Wakefield', 'Huddersfield', 'Halifax'], r_town),
       pg_temp.pick(array['LS', 'BD', 'WF', 'HD', 'HX'], r_town) || (1 + i % 15) || ' ' || (1 + i % 9)
           || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + i % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (i / 20) % 20, 1),
       case when r_house < 0.55 then 'SETTLED' when r_house < 0.75 then 'TEMPORARY'
            when r_house < 0.88 then 'NO_FIXED_ABODE' else 'AT_RISK_OF_EVICTION' end,
       floor(r_kids * 4)::int,
       r_care < 0.25,
       case when r_lang < 0.10 then pg_temp.pick(array['Polish', 'Urdu', 'Romanian', 'Arabic', 'Kurdish'], r_lang * 10)
            else 'English' end,
       r_lang < 0.05,
       case when primary_substance = 'HEROIN' and r_route < 0.40 then 'CURRENT'
            when r_inject < 0.20 then 'PREVIOUS' else 'NEVER' end,
       now() - interval '3 years' + (r_year * interval '30 days'), 'nat-custodyworker-001', now(), 'nat-custodyworker-001'
from np;

insert into person_substance (person_id, substance, is_primary, route)
select id, primary_substance, true,
       case primary_substance when 'HEROIN' then case when r_route < 0.40 then 'INJECT' else 'SMOKE' end
           when 'CRACK_COCAINE' then 'SMOKE' when 'CANNABIS' then 'SMOKE' when 'POWDER_COCAINE' then 'SNIFF' else 'ORAL' end
from np
union all
select np.id, s.substance, false, null
from np
cross join unnest(array['CRACK_COCAINE', 'ALCOHOL', 'CANNABIS', 'BENZODIAZEPINES']) with ordinality s(substance, n)
where s.substance <> np.primary_substance and ((np.i * 7919 + s.n * 104729) % 100) < 20;

insert into person_flag (person_id, flag)
select id, 'OVERDOSE_HISTORY' from np where (i * 31) % 100 < 12
union all
select id, 'RECENTLY_RELEASED' from np where (i * 17) % 100 < 8
union all
select id, 'PREGNANCY' from np where not male and (i * 13) % 100 < 5;

-- --- custody events: 1,000,000 over the last three years, a tenth of people arrested far more often ------------
create temp table suite on commit drop as
select row_number() over (order by s.id)::int as n, s.id
from custody_suite s
where exists (select 1 from testing_notification t where t.suite_id = s.id and t.kind = 'TESTING_ON_ARREST');
create temp table trig on commit drop as
select row_number() over (order by id)::int as n, id from offence where is_trigger and active;
create temp table nontrig on commit drop as
select row_number() over (order by id)::int as n, id from offence where not is_trigger and active;
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
       case when not trigger_offence then pg_temp.pick(array['Insp Holt', 'Insp Garside', 'Ch Insp Rhodes', 'Supt Calder'], r_off2) end,
       case when not trigger_offence then pg_temp.pick(array['Inspector', 'Chief Inspector', 'Superintendent'], r_off2) end,
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
       pg_temp.pick(array['Kirklees recovery hub, Huddersfield', 'Bradford recovery service, Manor Row hub',
           'Leeds Northgate recovery hub', 'Wakefield Westgate recovery hub'], r_place),
       notice_at,
       pg_temp.pick(array['Alex Penrose', 'Sam Northcott', 'Jo Firth', 'Robin Haigh'], r_place),
       o.outcome,
       case when o.outcome is not null then appointment_at + interval '1 hour' end,
       case when o.outcome is not null then w.username end,
       case when o.outcome = 'ATTENDED_AND_REMAINED'
            then case when r_result < 0.45 then 'CARE_PLAN' when r_result < 0.80 then 'REFERRAL' else 'NO_FURTHER_ACTION' end end,
       case when told then appointment_at + interval '20 hours' end,
       case when told then w.username end,
       case when told then pg_temp.pick(array['PC Whitlam', 'PC Ahmed', 'DC Rowe', 'PS Lister'], r_place) end,
       case when told then (1000 + floor(r_police * 8999))::int::text end,
       case when told then pg_temp.pick(array['TELEPHONE', 'SECURE_EMAIL', 'IN_PERSON'], r_result) end,
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
       case when outcome = 'ACCEPTABLE_ABSENCE' then pg_temp.pick(array['MEDICAL', 'COURT_OR_LEGAL', 'EMPLOYMENT',
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

-- --- referrals to treatment, treatment episodes, releases from prison ------------------------------------------------
create temp table nr on commit drop as
select nextval(pg_get_serial_sequence('referral', 'id')) as id, np.id as person_id, np.i,
       now() - interval '2 hours' - random() * interval '3 years' as sent_at, random() as r_stage, random() as r_who
from np
where np.i % 6 = 1;

insert into referral (id, person_id, from_stage, service, provider_id, reason, urgency, from_team_id, to_team_id,
                      sent_at, sent_by, acknowledged_at, acknowledged_by, assessed_at, assessed_by, engaged_at, engaged_by,
                      retained_at, retained_by, completed_at, completed_by, closed_at, closed_by, closed_outcome,
                      created_at, created_by, updated_at, updated_by)
select nr.id, person_id, 'CUSTODY', 'COMMUNITY_DRUG_TREATMENT', p.id,
       'Positive test on arrest; says they want help with crack and heroin use.',
       case when r_stage < 0.1 then 'URGENT' else 'ROUTINE' end,
       wc.team_id, p.team_id,
       sent_at, wc.username,
       case when ack then sent_at + interval '1 day' end, case when ack then wt.username end,
       case when assessed then sent_at + interval '7 days' end, case when assessed then wt.username end,
       case when engaged then sent_at + interval '14 days' end, case when engaged then wt.username end,
       case when retained then sent_at + interval '98 days' end, case when retained then wt.username end,
       case when completed then sent_at + interval '200 days' end, case when completed then wt.username end,
       case when closed then sent_at + interval '30 days' end, case when closed then wt.username end,
       case when closed then 'DID_NOT_ENGAGE' end,
       sent_at, wc.username, sent_at, wc.username
from nr
join provider p on p.id = :drr_provider
join worker wc on wc.role = 'CUSTODY_WORKER' and wc.k = floor(r_who * (:colleagues + 1))::int
join worker wt on wt.role = 'TREATMENT_WORKER' and wt.k = floor(r_who * (:colleagues + 1))::int
cross join lateral (select sent_at + interval '1 day' < now() and r_stage < 0.9 as ack,
                           sent_at + interval '7 days' < now() and r_stage < 0.75 as assessed,
                           sent_at + interval '14 days' < now() and r_stage < 0.6 as engaged,
                           sent_at + interval '98 days' < now() and r_stage < 0.4 as retained,
                           sent_at + interval '200 days' < now() and r_stage < 0.15 as completed,
                           sent_at + interval '30 days' < now() and r_stage >= 0.75 and r_stage < 0.9 as closed) s;

insert into treatment_episode (person_id, provider_id, referral_id, team_id, setting, key_worker, started_on, triaged_on,
                               care_plan_on, exit_on, exit_reason, exit_recorded_by,
                               created_at, created_by, updated_at, updated_by)
select r.person_id, r.provider_id, r.id, r.to_team_id,
       case when r.id % 20 = 0 then 'RESIDENTIAL_REHAB' when r.id % 20 = 1 then 'INPATIENT_DETOX' else 'COMMUNITY' end,
       pg_temp.pick(array['Alex Byrne', 'Sam Holt', 'Jo Nowak', 'Kim Akhtar'], (r.id % 97) / 97.0),
       r.engaged_at::date, r.engaged_at::date + 3, r.engaged_at::date + 10,
       case when r.completed_at is not null then r.completed_at::date
            when r.retained_at is null and r.engaged_at < now() - interval '6 months' then r.engaged_at::date + 60 end,
       case when r.completed_at is not null then 'COMPLETED_FREE_OF_DEPENDENCY'
            when r.retained_at is null and r.engaged_at < now() - interval '6 months' then 'DROPPED_OUT' end,
       case when r.completed_at is not null or (r.retained_at is null and r.engaged_at < now() - interval '6 months')
            then r.engaged_by end,
       r.engaged_at, r.engaged_by, r.engaged_at, r.engaged_by
from referral r
join nr on nr.id = r.id
where r.engaged_at is not null;

insert into treatment_intervention (episode_id, kind, started_on, ended_on, created_at, created_by, updated_at, updated_by)
select e.id, k.kind, e.started_on, e.exit_on, e.created_at, e.created_by, e.created_at, e.created_by
from treatment_episode e
join nr on nr.id = e.referral_id
cross join lateral (select unnest(case when e.id % 3 = 0 then array['MAINTENANCE', 'MOTIVATIONAL']
                                       when e.id % 3 = 1 then array['STABILISATION', 'CBT']
                                       else array['PEER_SUPPORT'] end) as kind) k;

insert into consent (person_id, subject, agency, given_at, given_how, created_at, created_by, updated_at, updated_by)
select r.person_id, 'ASSESSMENT_AND_TREATMENT', null, r.sent_at - interval '1 hour', 'WRITTEN',
       r.sent_at, r.sent_by, r.sent_at, r.sent_by
from referral r join nr on nr.id = r.id;

insert into prison_release (person_id, team_id, released_on, prison, naloxone_supplied, continuity_referral,
                            first_appointment_on, first_appointment_by, created_at, created_by, updated_at, updated_by)
select np.id, w.team_id, x.released_on,
       pg_temp.pick(array['HMP Leeds', 'HMP Wakefield', 'HMP New Hall', 'HMP Wealstun', 'HMP Doncaster'], np.r_town),
       np.r_kids < 0.7, np.r_care < 0.8,
       case when seen then x.released_on + (np.i % 30) end,
       case when seen then w.username end,
       x.released_on + time '12:00', w.username, x.released_on + time '12:00', w.username
from np
cross join lateral (select current_date - (np.i * 37 % 730) as released_on,
                           np.r_lang > 0.45 and current_date - (np.i * 37 % 730) + (np.i % 30) <= current_date as seen) x
join worker w on w.role = case when np.i % 5 < 3 then 'TREATMENT_WORKER' else 'PROBATION_OFFICER' end
               and w.k = floor(np.r_street * (:colleagues + 1))::int
where np.i % 16 = 5;

-- --- cases: each person is someone's case, so the demo users (and their colleagues) can open them -------------------
-- Custody: opened at the first test, closed a year after the last one; L&D for people never tested here (and a few
-- more); probation while an order runs; treatment from the referral.
insert into person_case (person_id, team_id, owner_id, opened_at, opened_by, opened_for, closed_at, closed_by, close_reason,
                         created_at, created_by, updated_at, updated_by)
select c.person_id, w.team_id, case when c.person_id % 5 <> 0 then w.user_id end, c.first_at, w.username, 'CUSTODY_CONTACT',
       case when c.last_at < now() - interval '12 months' then c.last_at + interval '12 months' end,
       case when c.last_at < now() - interval '12 months' then w.username end,
       case when c.last_at < now() - interval '12 months' then 'No contact for twelve months' end,
       c.first_at, w.username, c.first_at, w.username
from (select person_id, min(arrested_at) first_at, max(arrested_at) last_at from ev group by person_id) c
join worker w on w.role = 'CUSTODY_WORKER' and w.k = (c.person_id * 7 % (:colleagues + 1))::int
union all
select np.id, w.team_id, w.user_id, now() - (np.i % 900) * interval '1 day', w.username, 'LIAISON_AND_DIVERSION',
       null, null, null, now() - (np.i % 900) * interval '1 day', w.username, now() - (np.i % 900) * interval '1 day', w.username
from np
join worker w on w.role = 'LIAISON_DIVERSION' and w.k = (np.id * 7 % (:colleagues + 1))::int
where np.i % 10 = 7 or not exists (select 1 from ev where ev.person_id = np.id)
union all
select o.person_id, w.team_id, w.user_id, o.first_on + time '16:00', w.username, 'COURT_ORDER',
       case when o.open_orders = 0 then o.last_end + time '17:00' end,
       case when o.open_orders = 0 then w.username end,
       case when o.open_orders = 0 then 'Order ended' end,
       o.first_on + time '16:00', w.username, o.first_on + time '16:00', w.username
from (select person_id, min(sentenced_on) first_on, max(coalesce(ended_on, ends_on)) last_end,
             count(*) filter (where ended_on is null) open_orders, min(r_officer) r_officer
      from no group by person_id) o
join worker w on w.role = 'PROBATION_OFFICER' and w.k = floor(o.r_officer * (:colleagues + 1))::int
union all
select r.person_id, r.to_team_id, w.user_id, r.sent_at, w.username, 'TREATMENT_REFERRAL', null, null, null,
       r.sent_at, w.username, r.sent_at, w.username
from referral r
join nr on nr.id = r.id
join worker w on w.role = 'TREATMENT_WORKER' and w.k = floor(nr.r_who * (:colleagues + 1))::int;

\if :{?dry_run}
rollback;
\else
commit;
\endif

analyze;

select 'people' as what, count(*) from person
union all select 'custody events', count(*) from custody_event
union all select 'drug test results', count(*) from drug_test_result
union all select 'required assessments', count(*) from required_assessment
union all select 'court orders', count(*) from court_order
union all select 'court reviews', count(*) from court_review
union all select 'appointments', count(*) from appointment
union all select 'enforcement actions', count(*) from enforcement_action
union all select 'referrals', count(*) from referral
union all select 'treatment episodes', count(*) from treatment_episode
union all select 'prison releases', count(*) from prison_release
union all select 'cases', count(*) from person_case;
