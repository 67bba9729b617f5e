-- custody: each test keeps its result group (opiates only, cocaine only, both, negative, refused, no valid sample).
-- The group was derived from the test's results on every read of custody_test_overview: a lateral aggregate per test
-- on the person page (a third of its custody summary's time) and, in custody_test_bulk_overview, a grouping of two
-- million results at every dashboard recount (about 2 s of three processes' CPU at national scale, twice). It is
-- still derived from the results, by the database, whoever writes them (the application, the demo seeders, a bulk
-- load): the group of a test without results follows its outcome, and every change to its results regroups it.

create function custody_result_group(outcome varchar, opiates boolean, cocaine boolean) returns varchar
    language sql immutable
    return case
               when outcome = 'REFUSED' then 'REFUSED'
               when outcome = 'NO_VALID_SAMPLE' then 'NO_VALID_SAMPLE'
               when opiates and cocaine then 'BOTH'
               when opiates then 'OPIATES_ONLY'
               when cocaine then 'COCAINE_ONLY'
               else 'NEGATIVE'
           end;

-- Whether each of the given tests has a positive result for opiates and for cocaine (the confirmed result where a
-- laboratory confirmed it), one row per test, also for a test with no results.
create function custody_test_positives(event_ids bigint[])
    returns table (event_id bigint, opiates boolean, cocaine boolean)
    language sql stable
as
$$
select i.event_id,
       coalesce(bool_or(ts.code = 'OPIATES' and coalesce(d.confirmed_result, d.result) = 'POSITIVE'), false),
       coalesce(bool_or(ts.code = 'COCAINE' and coalesce(d.confirmed_result, d.result) = 'POSITIVE'), false)
from unnest(event_ids) as i (event_id)
left join drug_test_result d on d.custody_event_id = i.event_id
left join tested_substance ts on ts.id = d.tested_substance_id
group by i.event_id
$$;

alter table custody_event add column result_group varchar(20);

-- The tests whose results changed (the transition table "changed"), regrouped in one statement.
create function custody_event_regroup() returns trigger
    language plpgsql
as
$$
begin
    update custody_event e
    set result_group = custody_result_group(e.outcome, p.opiates, p.cocaine)
    from custody_test_positives(array(select distinct custody_event_id from changed)) p
    where e.id = p.event_id
      and e.result_group is distinct from custody_result_group(e.outcome, p.opiates, p.cocaine);
    return null;
end
$$;

-- A transition table serves one kind of change per trigger, hence three.
create trigger drug_test_result_inserted_regroup
    after insert on drug_test_result referencing new table as changed
    for each statement execute function custody_event_regroup();
create trigger drug_test_result_updated_regroup
    after update on drug_test_result referencing new table as changed
    for each statement execute function custody_event_regroup();
create trigger drug_test_result_deleted_regroup
    after delete on drug_test_result referencing old table as changed
    for each statement execute function custody_event_regroup();

-- A new test has no results yet (they refer to it); a changed outcome regroups from the results there are.
create function custody_event_group_on_outcome() returns trigger
    language plpgsql
as
$$
begin
    if tg_op = 'INSERT' then
        new.result_group := custody_result_group(new.outcome, false, false);
    else
        select custody_result_group(new.outcome, p.opiates, p.cocaine)
        into new.result_group
        from custody_test_positives(array[new.id]) p;
    end if;
    return new;
end
$$;

create trigger custody_event_group_on_outcome
    before insert or update of outcome on custody_event
    for each row execute function custody_event_group_on_outcome();

update custody_event e
set result_group = custody_result_group(e.outcome, p.opiates, p.cocaine)
from custody_test_positives(array(select id from custody_event)) p
where e.id = p.event_id;

alter table custody_event alter column result_group set not null;
alter table custody_event add constraint custody_event_result_group_check
    check (result_group in ('OPIATES_ONLY', 'COCAINE_ONLY', 'BOTH', 'NEGATIVE', 'REFUSED', 'NO_VALID_SAMPLE'));

-- The reporting views read the kept group: same columns, same meaning, no per-test aggregate.
create or replace view custody_test_overview as
select e.id as event_id,
       e.person_id,
       e.suite_id,
       s.force_id as force_area_id,
       e.created_by as recorded_by,
       e.arrested_at,
       (date_trunc('month', e.arrested_at at time zone 'Europe/London'))::date as arrested_month,
       e.outcome,
       e.result_group::text as result_group,
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
left join required_assessment a on a.custody_event_id = e.id and a.kind = 'INITIAL'
where e.voided_at is null;

-- The bulk view was the same rows grouped in one pass for the recounts; with nothing left to group, it is the same view.
create or replace view custody_test_bulk_overview as
select * from custody_test_overview;
