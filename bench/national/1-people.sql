-- National data, part 1: synthetic colleagues in the demo teams, and 250,000 people with their substances and flags.
-- Part of the national-scale data set (bench/national-data.sql runs the parts in order in one transaction;
-- bench/national.sh runs each in a transaction of its own, the custody and court order parts side by side).
\ir settings.sql
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

create schema national_load;

-- Check characters, as person.identifier computes them.
create function national_load.check_letter(digits text) returns text language sql immutable as
$$ select substr('ZABCDEFGHJKLMNPQRTUVWXY', (digits::bigint % 23)::int + 1, 1) $$;

create function national_load.nhs_check(nine text) returns int language sql immutable as
$$ select case when c = 11 then 0 else c end
   from (select 11 - sum(substr(nine, k, 1)::int * (11 - k)) % 11 as c from generate_series(1, 9) k) s $$;

create function national_load.pick(a text[], r double precision) returns text language sql immutable as
$$ select a[1 + floor(r * array_length(a, 1))::int] $$;

-- Sanity checks against the documented examples (DOMAIN.md): 2014/0052371M, 943 476 5919.
do $$
begin
    if national_load.check_letter('140052371') <> 'M' or national_load.nhs_check('943476591') <> 9 then
        raise exception 'check character functions disagree with the documented examples';
    end if;
end $$;

-- --- teams, demo users and synthetic colleagues ------------------------------------------------------------------
create temp table demo_team on commit drop as
select u.role, u.team_id, u.id as demo_user_id, u.username as demo_username, u.password_hash
from app_user u
where u.username in ('custody', 'liaison', 'probation', 'treatment');

insert into app_user (username, display_name, password_hash, role, team_id, created_at, created_by, updated_at, updated_by)
select 'nat-' || lower(replace(d.role, '_', '')) || '-' || lpad(k::text, 3, '0'),
       national_load.pick(array['Alex', 'Sam', 'Jo', 'Chris', 'Robin', 'Kim', 'Charlie', 'Jess', 'Nat', 'Ali'], random())
           || ' ' || national_load.pick(array['Penrose', 'Northcott', 'Byrne', 'Holt', 'Akhtar', 'Nowak', 'Firth', 'Lumb'], random()),
       d.password_hash, d.role, d.team_id, now(), 'national-load', now(), 'national-load'
from demo_team d
cross join generate_series(1, :colleagues) k;

-- Workers of each team numbered 0..N: 0 is the demo user, so it holds one case in N + 1.
create unlogged table national_load.worker as
select d.role, d.team_id, 0 as k, d.demo_user_id as user_id, d.demo_username as username
from demo_team d
union all
select u.role, u.team_id, row_number() over (partition by u.role order by u.id)::int, u.id, u.username
from app_user u
where u.username like 'nat-%';
create index on worker (role, k);
analyze worker;

-- --- people ----------------------------------------------------------------------------------------------------
create unlogged table national_load.np as
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
       case when male then national_load.pick(array['Adam', 'Aidan', 'Ben', 'Callum', 'Connor', 'Craig', 'Daniel', 'Darren', 'Dean',
           'Gary', 'Jamie', 'Jason', 'Jordan', 'Kieran', 'Lee', 'Liam', 'Mark', 'Martin', 'Nathan', 'Paul', 'Ryan', 'Scott',
           'Shane', 'Stuart', 'Wayne', 'José', 'Seán', 'Tomasz', 'Imran', 'Bilal'], r_given)
       else national_load.pick(array['Amy', 'Chantelle', 'Chloé', 'Danielle', 'Emma', 'Gemma', 'Hayley', 'Jade', 'Jodie', 'Kelly',
           'Kirsty', 'Laura', 'Leanne', 'Lisa', 'Michelle', 'Natalie', 'Nicola', 'Rachel', 'Sarah', 'Stacey', 'Zoë', 'Aoife',
           'Agnieszka', 'Saima', 'Amira'], r_given) end,
       national_load.pick(array['Ashworth', 'Barker', 'Bentley', 'Booth', 'Brennan', 'Calder', 'Crowther', 'Dawson', 'Denton',
           'Eastwood', 'Fairbairn', 'Firth', 'Garside', 'Greenwood', 'Haigh', 'Holroyd', 'Ingham', 'Jagger', 'Kershaw', 'Lumb',
           'Midgley', 'Moorhouse', 'Newsome', 'Oldroyd', 'Pickles', 'Ramsden', 'Rhodes', 'Sugden', 'Sutcliffe', 'Thackray',
           'Uttley', 'Wadsworth', 'Whiteley', 'Womersley', 'Yeadon', 'Nowak', 'Kowalczyk', 'Hussain', 'Akhtar', 'O''Brien',
           'Ó Súilleabháin', 'Brontë', 'Müller', 'García'], r_family),
       case when r_other < 0.10 then national_load.pick(array['Lee', 'Jay', 'Mo', 'Kaz', 'Danny', 'Sam'], r_other * 10)
           || ' ' || national_load.pick(array['Booth', 'Rhodes', 'Firth', 'Haigh', 'Calder'], r_given) end,
       dob,
       case when male then 'MALE' else 'FEMALE' end,
       case when r_gender < 0.85 then case when male then 'MALE' else 'FEMALE' end end,
       case when r_eth < 0.72 then 'WHITE_BRITISH'
            else national_load.pick(array['WHITE_IRISH', 'WHITE_OTHER', 'WHITE_GYPSY_TRAVELLER', 'MIXED_WHITE_BLACK_CARIBBEAN',
                'ASIAN_PAKISTANI', 'ASIAN_INDIAN', 'ASIAN_BANGLADESHI', 'BLACK_CARIBBEAN', 'BLACK_AFRICAN', 'OTHER_ANY',
                'NOT_STATED'], r_eth2) end,
       -- PNC ID: YYYY/NNNNNNNC, serial 1,000,000 + i (7 digits), letter of YY + serial.
       case when r_pnc < 0.92 then year_charged || '/' || (1000000 + i)
           || national_load.check_letter(lpad((year_charged % 100)::text, 2, '0') || (1000000 + i)) end,
       -- CRO number: NNNNNN/YYC with serial 400,000 + i, or SFYY/NNNNNNC for one in ten (no fingerprints).
       case when r_cro < 0.55 then
           case when i % 10 = 3
                then 'SF' || lpad((year_charged % 100)::text, 2, '0') || '/' || (400000 + i)
                     || national_load.check_letter(lpad((year_charged % 100)::text, 2, '0') || (400000 + i))
                else (400000 + i) || '/' || lpad((year_charged % 100)::text, 2, '0')
                     || national_load.check_letter(lpad((year_charged % 100)::text, 2, '0') || (400000 + i)) end end,
       case when r_crn < 0.40 then 'N' || lpad(i::text, 6, '0') end,
       -- NHS number from the 999 test range, 999,100,000 + 3i: modulus 11 check digit; none when it would be 10.
       case when r_nhs < 0.70 and national_load.nhs_check((999100000 + 3 * i)::text) < 10
            then (999100000 + 3 * i)::text || national_load.nhs_check((999100000 + 3 * i)::text) end,
       case when r_prison < 0.15 then 'N' || lpad((i % 10000)::text, 4, '0')
           || substr('ABCDEFGHJKLMNPQRSTUVWXYZ', (i / 10000) % 24 + 1, 1)
           || substr('ABCDEFGHJKLMNPQRSTUVWXYZ', 13 + (i / 240000) % 12, 1) end,
       (1 + floor(r_street * 120)::int) || ' ' || national_load.pick(array['Mill Lane', 'Station Road', 'Victoria Street',
           'Park Terrace', 'Chapel Row', 'Albert Road', 'Canal Side', 'Church Walk', 'Hillside Close', 'Beck View'], r_kids),
       national_load.pick(array['Leeds', 'Bradford', 'Wakefield', 'Huddersfield', 'Halifax'], r_town),
       national_load.pick(array['LS', 'BD', 'WF', 'HD', 'HX'], r_town) || (1 + i % 15) || ' ' || (1 + i % 9)
           || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + i % 20, 1) || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (i / 20) % 20, 1),
       case when r_house < 0.55 then 'SETTLED' when r_house < 0.75 then 'TEMPORARY'
            when r_house < 0.88 then 'NO_FIXED_ABODE' else 'AT_RISK_OF_EVICTION' end,
       floor(r_kids * 4)::int,
       r_care < 0.25,
       case when r_lang < 0.10 then national_load.pick(array['Polish', 'Urdu', 'Romanian', 'Arabic', 'Kurdish'], r_lang * 10)
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

-- Reference lists the custody and court order parts draw from.
create unlogged table national_load.suite as
select row_number() over (order by s.id)::int as n, s.id
from custody_suite s
where exists (select 1 from testing_notification t where t.suite_id = s.id and t.kind = 'TESTING_ON_ARREST');
create unlogged table national_load.trig as
select row_number() over (order by id)::int as n, id from offence where is_trigger and active;
create unlogged table national_load.nontrig as
select row_number() over (order by id)::int as n, id from offence where not is_trigger and active;
