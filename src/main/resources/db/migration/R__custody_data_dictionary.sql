-- The custody module's tables, documented in the database itself. Update it with every migration of the module.

comment on table custody_suite is 'Police custody suites where drug testing on arrest may happen (reference data).';
comment on column custody_suite.id is 'Surrogate key.';
comment on column custody_suite.force_id is 'The police force area the suite belongs to.';
comment on column custody_suite.name is 'Suite name, unique within the force.';
comment on column custody_suite.testing_live_from is 'First day drug testing was live at the suite; null if it never was.';
comment on column custody_suite.testing_ended_on is 'Day drug testing stopped (exclusive); null while still live.';
comment on column custody_suite.created_at is 'When the row was created.';
comment on column custody_suite.created_by is 'Username of who created the row (migration for seeded rows).';
comment on column custody_suite.updated_at is 'When the row was last changed.';
comment on column custody_suite.updated_by is 'Username of who last changed the row.';
comment on column custody_suite.version is 'Optimistic-lock version, incremented on every change.';

comment on table offence is 'Offences a person may be arrested for; trigger offences allow a drug test on arrest without an inspector''s authorisation.';
comment on column offence.id is 'Surrogate key.';
comment on column offence.name is 'Offence name, unique regardless of case.';
comment on column offence.is_trigger is 'True for a trigger offence.';
comment on column offence.active is 'False once retired; kept for history.';
comment on column offence.created_at is 'When the row was created.';
comment on column offence.created_by is 'Username of who created the row (migration for seeded rows).';
comment on column offence.updated_at is 'When the row was last changed.';
comment on column offence.updated_by is 'Username of who last changed the row.';
comment on column offence.version is 'Optimistic-lock version, incremented on every change.';

comment on table tested_substance is 'Substances a custody drug test reports on (opiates, cocaine; the list may widen).';
comment on column tested_substance.id is 'Surrogate key.';
comment on column tested_substance.code is 'Stable code, e.g. OPIATES.';
comment on column tested_substance.founds_required_assessment is
    'True when a positive result for this substance can found a required assessment (a specified Class A drug).';
comment on column tested_substance.tested_from is
    'First date custody tests reported on this substance; empty for since records began. Older tests do not carry it.';
comment on column tested_substance.name is 'Name shown to users.';
comment on column tested_substance.active is 'False once no longer tested for; kept for history.';
comment on column tested_substance.display_order is 'Order on forms and reports.';
comment on column tested_substance.created_at is 'When the row was created.';
comment on column tested_substance.created_by is 'Username of who created the row (migration for seeded rows).';
comment on column tested_substance.updated_at is 'When the row was last changed.';
comment on column tested_substance.updated_by is 'Username of who last changed the row.';
comment on column tested_substance.version is 'Optimistic-lock version, incremented on every change.';

comment on table custody_event is 'A drug test (or refusal) in police custody after an arrest or a charge.';
comment on column custody_event.id is 'Surrogate key.';
comment on column custody_event.person_id is 'The person arrested.';
comment on column custody_event.suite_id is 'The custody suite where the test happened; testing must have been live there on the arrest date.';
comment on column custody_event.arrested_at is 'When the person was arrested.';
comment on column custody_event.test_stage is 'ON_ARREST (18 and over) or ON_CHARGE (14 and over); ages are configurable.';
comment on column custody_event.inspector_name is 'Inspector who authorised a test on arrest when no offence is a trigger offence.';
comment on column custody_event.inspector_rank is 'Rank of the authorising officer (inspector or above).';
comment on column custody_event.authorisation_grounds is 'Why the inspector suspected Class A use contributed to the offence.';
comment on column custody_event.sample_taken_at is 'When the sample was taken; required when TESTED, null when REFUSED.';
comment on column custody_event.sample_type is 'ORAL_FLUID or URINE.';
comment on column custody_event.outcome is 'TESTED, REFUSED (an offence without good cause) or NO_VALID_SAMPLE.';
comment on column custody_event.refusal_warning_given is 'Whether the person was warned that refusing is an offence; set only when REFUSED.';
comment on column custody_event.created_at is 'When the row was created.';
comment on column custody_event.created_by is 'Username of who created the row.';
comment on column custody_event.updated_at is 'When the row was last changed.';
comment on column custody_event.updated_by is 'Username of who last changed the row.';
comment on column custody_event.version is 'Optimistic-lock version, incremented on every change.';

comment on table custody_event_offence is 'The offences a custody event''s arrest or charge was for.';
comment on column custody_event_offence.custody_event_id is 'The custody event.';
comment on column custody_event_offence.offence_id is 'An offence (reference data).';

comment on table drug_test_result is 'Result of a custody drug test for one tested substance, with any dispute and confirmatory lab result.';
comment on column drug_test_result.id is 'Surrogate key.';
comment on column drug_test_result.custody_event_id is 'The custody event the sample was taken at.';
comment on column drug_test_result.tested_substance_id is 'The substance tested for.';
comment on column drug_test_result.result is 'POSITIVE or NEGATIVE, as tested in custody.';
comment on column drug_test_result.disputed_at is 'When the person disputed a positive result and the sample was sent to the confirmatory lab.';
comment on column drug_test_result.disputed_by is 'Username of who recorded the dispute.';
comment on column drug_test_result.confirmed_result is 'POSITIVE or NEGATIVE from the confirmatory lab; replaces the custody result once set.';
comment on column drug_test_result.confirmed_at is 'When the lab result was received.';
comment on column drug_test_result.confirmed_by is 'Username of who recorded the lab result.';
comment on column drug_test_result.created_at is 'When the row was created.';
comment on column drug_test_result.created_by is 'Username of who created the row.';
comment on column drug_test_result.updated_at is 'When the row was last changed.';
comment on column drug_test_result.updated_by is 'Username of who last changed the row.';
comment on column drug_test_result.version is 'Optimistic-lock version, incremented on every change.';

comment on table required_assessment is 'An initial or follow-up assessment the police required after a positive test; status derived from the actor/time pairs.';
comment on column required_assessment.id is 'Surrogate key.';
comment on column required_assessment.custody_event_id is 'The custody event whose positive result led to the requirement.';
comment on column required_assessment.kind is 'INITIAL or FOLLOW_UP; one of each per custody event.';
comment on column required_assessment.appointment_at is 'Date and time of the appointment; null only for a follow-up cancelled before it was booked.';
comment on column required_assessment.place is 'Where the assessment happens.';
comment on column required_assessment.notice_given_at is 'When the person was given notice of the requirement.';
comment on column required_assessment.assessor_name is 'The drug worker who carries out the assessment.';
comment on column required_assessment.outcome is 'ATTENDED_AND_REMAINED, FAILED_TO_ATTEND or DID_NOT_REMAIN; null while awaited.';
comment on column required_assessment.outcome_recorded_at is 'When the outcome happened (not before the appointment).';
comment on column required_assessment.outcome_recorded_by is 'Username of who recorded the outcome.';
comment on column required_assessment.result is 'CARE_PLAN, REFERRAL or NO_FURTHER_ACTION; only when attended and remained.';
comment on column required_assessment.cancelled_at is 'When the assessor cancelled a follow-up assessment.';
comment on column required_assessment.cancelled_by is 'Username of the assessor who cancelled it.';
comment on column required_assessment.cancel_reason is 'Why the follow-up assessment was cancelled.';
comment on column required_assessment.police_notified_at is 'When the police were told of a failure to attend or remain.';
comment on column required_assessment.police_notified_by is 'Username of who told the police.';
comment on column required_assessment.created_at is 'When the row was created.';
comment on column required_assessment.created_by is 'Username of who created the row.';
comment on column required_assessment.updated_at is 'When the row was last changed.';
comment on column required_assessment.updated_by is 'Username of who last changed the row.';
comment on column required_assessment.version is 'Optimistic-lock version, incremented on every change.';
comment on column required_assessment.ended_at is 'When the requirement ended without an outcome (the lab did not confirm the drug, or it was withdrawn).';
comment on column required_assessment.ended_by is 'Username of who recorded the end of the requirement.';
comment on column required_assessment.end_reason is 'Why the requirement ended, as shown on the record.';
