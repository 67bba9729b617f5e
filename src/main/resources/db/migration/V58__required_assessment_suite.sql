-- custody: a required assessment carries its test's custody suite, so the worklist's lists of what is waiting at a
-- force's suites (booked assessments without an outcome, failures the police have not been told about) read that
-- force's waiting rows from a partial index by suite. They found each waiting row's force through its custody event:
-- at national scale 14,341 and 29,892 waiting rows across all forces, one event lookup each, 80 to 280 ms for the
-- two counts on every visit to the custody worker's home page. A test's suite never changes once recorded; the
-- database copies it from the event whoever writes the assessment.

alter table required_assessment add column suite_id bigint;

update required_assessment a
set suite_id = e.suite_id
from custody_event e
where e.id = a.custody_event_id;

alter table required_assessment alter column suite_id set not null;
alter table required_assessment add constraint required_assessment_suite_id_fkey
    foreign key (suite_id) references custody_suite (id);

create function required_assessment_suite() returns trigger
    language plpgsql
as
$$
begin
    new.suite_id := (select e.suite_id from custody_event e where e.id = new.custody_event_id);
    return new;
end
$$;

create trigger required_assessment_suite
    before insert or update of custody_event_id, suite_id on required_assessment
    for each row execute function required_assessment_suite();

-- The waiting rows by suite, in the order the worklist shows them, with the event for the voided-test check.
create index required_assessment_awaiting_outcome_at_suite_idx
    on required_assessment (suite_id, appointment_at, id) include (custody_event_id)
    where outcome is null and cancelled_at is null and ended_at is null and appointment_at is not null;
create index required_assessment_awaiting_police_at_suite_idx
    on required_assessment (suite_id, outcome_recorded_at, id) include (custody_event_id)
    where outcome in ('FAILED_TO_ATTEND', 'DID_NOT_REMAIN') and police_notified_at is null;
drop index required_assessment_awaiting_outcome_idx;
drop index required_assessment_awaiting_police_idx;

-- Voided tests are few (675 of a million at national scale): the lists leave out the waiting rows of those.
create index custody_event_voided_idx on custody_event (id) where voided_at is not null;
