-- The person's age on the day of arrest, as the rules worked it out when the test was recorded: the worklist
-- lists positives awaiting a decision on a required assessment for adults only, and filters in SQL.
-- Tests recorded before this column have none; the worklist only looks at tests still in custody.
alter table custody_event
    add column age_on_arrest integer check (age_on_arrest between 0 and 130);
create index custody_event_awaiting_decision_idx on custody_event (suite_id, (coalesce(sample_taken_at, arrested_at)))
    where voided_at is null and released_at is null;
