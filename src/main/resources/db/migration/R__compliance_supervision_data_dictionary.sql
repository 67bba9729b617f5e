-- The compliance module's supervision and enforcement tables (appointments, drug tests under an order, warnings and
-- breaches), documented in the database itself. The checklist tables are documented with the checklist.

comment on table appointment is 'An appointment under a court order (supervision, treatment, drug test, court review) and its outcome; overdue when its time has passed without an outcome.';
comment on column appointment.id is 'Surrogate key.';
comment on column appointment.order_id is 'The order the appointment is under.';
comment on column appointment.person_id is 'The person on the order (copied from the order for person-level reads).';
comment on column appointment.kind is 'SUPERVISION, TREATMENT, DRUG_TEST, COURT_REVIEW or OTHER.';
comment on column appointment.starts_at is 'Date and time of the appointment.';
comment on column appointment.place is 'Where the appointment is.';
comment on column appointment.with_whom is 'The officer, worker or service the person is to see.';
comment on column appointment.outcome is 'ATTENDED_COMPLIED, ATTENDED_FAILED_TO_COMPLY, ACCEPTABLE_ABSENCE, UNACCEPTABLE_ABSENCE or RESCHEDULED; null until recorded. The two failures to comply are followed by an enforcement decision.';
comment on column appointment.absence_reason is 'Why the person was absent: required for an acceptable absence, optional for an unacceptable one.';
comment on column appointment.absence_evidence is 'The evidence for the absence, or what is awaited.';
comment on column appointment.outcome_notes is 'Notes on the outcome.';
comment on column appointment.rescheduled_to_id is 'The appointment a rescheduled one moved to; set exactly when the outcome is RESCHEDULED.';
comment on column appointment.outcome_recorded_at is 'When the outcome was recorded.';
comment on column appointment.outcome_recorded_by is 'Username of who recorded the outcome.';
comment on column appointment.created_at is 'When the row was created.';
comment on column appointment.created_by is 'Username of who created the row.';
comment on column appointment.updated_at is 'When the row was last changed.';
comment on column appointment.updated_by is 'Username of who last changed the row.';
comment on column appointment.version is 'Optimistic-lock version.';

comment on table order_drug_test is 'A drug test under a court order: tested (results per substance) or refused or not provided.';
comment on column order_drug_test.id is 'Surrogate key.';
comment on column order_drug_test.order_id is 'The order the test is under.';
comment on column order_drug_test.person_id is 'The person tested.';
comment on column order_drug_test.tested_on is 'The day of the test.';
comment on column order_drug_test.status is 'TESTED (results in order_drug_test_result), REFUSED or NOT_PROVIDED.';
comment on column order_drug_test.notes is 'Notes on the test.';
comment on column order_drug_test.created_at is 'When the row was created.';
comment on column order_drug_test.created_by is 'Username of who created the row.';
comment on column order_drug_test.updated_at is 'When the row was last changed.';
comment on column order_drug_test.updated_by is 'Username of who last changed the row.';
comment on column order_drug_test.version is 'Optimistic-lock version.';

comment on table order_drug_test_result is 'The result for one substance of a drug test under an order.';
comment on column order_drug_test_result.test_id is 'The drug test.';
comment on column order_drug_test_result.substance is 'The substance of the panel: OPIATES, COCAINE, AMPHETAMINES, BENZODIAZEPINES, CANNABIS, METHADONE or BUPRENORPHINE.';
comment on column order_drug_test_result.positive is 'True for a positive result.';

comment on table enforcement_action is 'A warning or a breach action decided after a failure to comply (Sentencing Act 2020 Sch 10); a breach is in progress until the court''s result is recorded.';
comment on column enforcement_action.id is 'Surrogate key.';
comment on column enforcement_action.order_id is 'The order breached or warned under.';
comment on column enforcement_action.person_id is 'The person on the order.';
comment on column enforcement_action.appointment_id is 'The failure to comply the decision follows; one decision per failure.';
comment on column enforcement_action.kind is 'WARNING or BREACH.';
comment on column enforcement_action.decided_on is 'The day the warning was given or the breach action was taken.';
comment on column enforcement_action.notes is 'Notes on the decision.';
comment on column enforcement_action.resolved_on is 'For a breach: the day the court dealt with it; null while in progress.';
comment on column enforcement_action.resolution is 'For a breach: CONTINUED, MADE_MORE_ONEROUS, REVOKED_RESENTENCED, WITHDRAWN or NOT_PROVEN.';
comment on column enforcement_action.resolved_by is 'Username of who recorded the result.';
comment on column enforcement_action.created_at is 'When the row was created.';
comment on column enforcement_action.created_by is 'Username of who created the row.';
comment on column enforcement_action.updated_at is 'When the row was last changed.';
comment on column enforcement_action.updated_by is 'Username of who last changed the row.';
comment on column enforcement_action.version is 'Optimistic-lock version.';

comment on view appointment_overview is 'The compliance module''s reporting interface for appointments under orders, with their outcome.';
comment on column appointment_overview.appointment_id is 'The appointment.';
comment on column appointment_overview.order_id is 'The order it is under.';
comment on column appointment_overview.person_id is 'The person on the order.';
comment on column appointment_overview.kind is 'SUPERVISION, TREATMENT, DRUG_TEST, COURT_REVIEW or OTHER.';
comment on column appointment_overview.starts_at is 'When it was arranged for.';
comment on column appointment_overview.starts_month is 'First day of its month, UK time.';
comment on column appointment_overview.outcome is 'Its outcome; null while none is recorded.';
comment on view enforcement_overview is 'The compliance module''s reporting interface for warnings and breach actions.';
comment on column enforcement_overview.action_id is 'The warning or breach action.';
comment on column enforcement_overview.order_id is 'The order.';
comment on column enforcement_overview.person_id is 'The person on the order.';
comment on column enforcement_overview.kind is 'WARNING or BREACH.';
comment on column enforcement_overview.decided_on is 'The day it was decided.';
comment on column enforcement_overview.decided_month is 'First day of that month.';
comment on column enforcement_overview.resolution is 'A breach''s result once recorded; null otherwise.';
