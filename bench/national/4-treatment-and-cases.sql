-- National data, part 4: referrals to treatment, treatment episodes, consents, releases from prison, and the cases
-- that let the demo users (and their colleagues) open each person.
-- Part of the national-scale data set (bench/national-data.sql runs the parts in order in one transaction;
-- bench/national.sh runs each in a transaction of its own, the custody and court order parts side by side).
\ir settings.sql
select setseed(0.20261204);
select id as drr_provider from provider where service = 'COMMUNITY_DRUG_TREATMENT' and active order by id limit 1 \gset

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
       national_load.pick(array['Alex Byrne', 'Sam Holt', 'Jo Nowak', 'Kim Akhtar'], (r.id % 97) / 97.0),
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
       national_load.pick(array['HMP Leeds', 'HMP Wakefield', 'HMP New Hall', 'HMP Wealstun', 'HMP Doncaster'], np.r_town),
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
from custody_person c
join worker w on w.role = 'CUSTODY_WORKER' and w.k = (c.person_id * 7 % (:colleagues + 1))::int
union all
select np.id, w.team_id, w.user_id, now() - (np.i % 900) * interval '1 day', w.username, 'LIAISON_AND_DIVERSION',
       null, null, null, now() - (np.i % 900) * interval '1 day', w.username, now() - (np.i % 900) * interval '1 day', w.username
from np
join worker w on w.role = 'LIAISON_DIVERSION' and w.k = (np.id * 7 % (:colleagues + 1))::int
where np.i % 10 = 7 or not exists (select 1 from custody_person c where c.person_id = np.id)
union all
select o.person_id, w.team_id, w.user_id, o.first_on + time '16:00', w.username, 'COURT_ORDER',
       case when o.open_orders = 0 then o.last_end + time '17:00' end,
       case when o.open_orders = 0 then w.username end,
       case when o.open_orders = 0 then 'Order ended' end,
       o.first_on + time '16:00', w.username, o.first_on + time '16:00', w.username
from order_person o
join worker w on w.role = 'PROBATION_OFFICER' and w.k = floor(o.r_officer * (:colleagues + 1))::int
union all
select r.person_id, r.to_team_id, w.user_id, r.sent_at, w.username, 'TREATMENT_REFERRAL', null, null, null,
       r.sent_at, w.username, r.sent_at, w.username
from referral r
join nr on nr.id = r.id
join worker w on w.role = 'TREATMENT_WORKER' and w.k = floor(nr.r_who * (:colleagues + 1))::int;

-- Nothing is left behind but the data.
drop schema national_load cascade;
