-- custody: the rows of custody_test_overview for readers of many tests at once (the dashboards' recounts).
-- custody_test_overview looks up each test's results test by test, which suits a person's or a period's tests and is
-- slow for all of them (15 s of a 27 s recount over a million tests at national scale); this view groups every result
-- once instead. Same columns and meaning: CustodyReportingViewsTest checks that the two give the same rows.
create view custody_test_bulk_overview as
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
left join (
    select d.custody_event_id,
           bool_or(ts.code = 'OPIATES' and coalesce(d.confirmed_result, d.result) = 'POSITIVE') as opiates,
           bool_or(ts.code = 'COCAINE' and coalesce(d.confirmed_result, d.result) = 'POSITIVE') as cocaine
    from drug_test_result d
    join tested_substance ts on ts.id = d.tested_substance_id
    group by d.custody_event_id) r on r.custody_event_id = e.id
left join required_assessment a on a.custody_event_id = e.id and a.kind = 'INITIAL'
where e.voided_at is null;
