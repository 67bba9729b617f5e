-- The worklist lists today's tests by the time of the test (the sample, or the arrest when there was none),
-- and the samples still at the confirmatory lab.
create index custody_event_suite_tested_idx on custody_event (suite_id, (coalesce(sample_taken_at, arrested_at)));
create index drug_test_result_at_lab_idx on drug_test_result (disputed_at)
    where disputed_at is not null and confirmed_result is null;
create index required_assessment_attended_initial_idx on required_assessment (outcome_recorded_at)
    where kind = 'INITIAL' and outcome = 'ATTENDED_AND_REMAINED';
