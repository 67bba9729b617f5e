-- The pathway dashboard found, per request, each person's first positive test in the period and then, for each of
-- them, their first attended assessment, referral and treatment episode after it, through three lateral lookups over
-- the reporting views (custody_test_overview's own lateral over the results of every test among them): 11.5 s alone
-- at national scale. What a positive test led to does not depend on the period asked for, so this read model keeps
-- it per positive test, with the person's needs that the breakdowns group by, recounted with the day summaries. The
-- dashboard then picks each person's first test in the period and counts, with no lookups.

create materialized view dashboard_pathway_test as
with tests as (
    select t.event_id,
           t.person_id,
           t.recorded_by,
           t.arrested_at,
           t.result_group,
           -- The first attended initial assessment on or after this test, from this or any later test of the person.
           min(t.initial_assessment_at) filter (where t.initial_assessment = 'ATTENDED')
               over (partition by t.person_id order by t.arrested_at
                     range between current row and unbounded following) as assessed_at
    from custody_test_bulk_overview t)
select t.event_id,
       t.person_id,
       u.team_id,
       t.arrested_at as tested_at,
       t.assessed_at,
       r.referred_at,
       e.started_on,
       e.exit_on,
       e.exit_reason,
       p.stated_sex,
       p.date_of_birth,
       p.ethnicity,
       p.primary_substance,
       p.poly_drug_use,
       p.acute_housing_need
from tests t
join user_overview u on u.username = t.recorded_by
join person_overview p on p.person_id = t.person_id
left join lateral (
    select min(r.sent_at) as referred_at
    from referral_overview r
    where r.person_id = t.person_id and r.sent_at >= t.arrested_at) r on true
left join lateral (
    select e.started_on, e.exit_on, e.exit_reason
    from treatment_episode_overview e
    where e.person_id = t.person_id
      and e.started_on >= (t.arrested_at at time zone 'Europe/London')::date
    order by e.started_on
    limit 1) e on true
where t.result_group in ('OPIATES_ONLY', 'COCAINE_ONLY', 'BOTH');
create unique index dashboard_pathway_test_key on dashboard_pathway_test (event_id);
create index dashboard_pathway_test_team_idx on dashboard_pathway_test (team_id, tested_at);
