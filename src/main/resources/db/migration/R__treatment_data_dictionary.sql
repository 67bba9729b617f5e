-- The treatment module's tables, documented in the database itself. Update it with every migration of the module.

comment on table treatment_episode is 'A period of treatment for a person at a provider, perhaps started from a referral, with its dates, setting, key worker and exit.';
comment on column treatment_episode.id is 'Surrogate key.';
comment on column treatment_episode.person_id is 'The person in treatment.';
comment on column treatment_episode.provider_id is 'The provider giving the treatment.';
comment on column treatment_episode.referral_id is 'The referral the episode came from, if any; one episode per referral.';
comment on column treatment_episode.team_id is 'The Throughcare team that records the episode; its caseload.';
comment on column treatment_episode.setting is 'COMMUNITY, RESIDENTIAL_REHAB, INPATIENT_DETOX or PRISON.';
comment on column treatment_episode.key_worker is 'The person''s key worker at the provider.';
comment on column treatment_episode.started_on is 'The day treatment started (the referral or first contact date).';
comment on column treatment_episode.triaged_on is 'The day of triage or comprehensive assessment.';
comment on column treatment_episode.care_plan_on is 'The day the care plan was agreed.';
comment on column treatment_episode.exit_on is 'The day the episode ended; null while open.';
comment on column treatment_episode.exit_reason is 'Why it ended: COMPLETED_FREE_OF_DEPENDENCY (completed); TRANSFERRED_IN_CUSTODY or TRANSFERRED_NOT_IN_CUSTODY (transferred); DROPPED_OUT, WITHDRAWN_BY_PROVIDER, DECLINED_TO_START or DIED (incomplete).';
comment on column treatment_episode.exit_recorded_by is 'Username of who recorded the exit.';
comment on column treatment_episode.created_at is 'When the row was created.';
comment on column treatment_episode.created_by is 'Username of who created the row.';
comment on column treatment_episode.updated_at is 'When the row was last changed.';
comment on column treatment_episode.updated_by is 'Username of who last changed the row.';
comment on column treatment_episode.version is 'Optimistic-lock version, incremented on every change.';

comment on table treatment_intervention is 'An intervention within a treatment episode: pharmacological, psychosocial or recovery support, with its start and end.';
comment on column treatment_intervention.id is 'Surrogate key.';
comment on column treatment_intervention.episode_id is 'The episode it belongs to.';
comment on column treatment_intervention.kind is 'Pharmacological: STABILISATION, WITHDRAWAL, MAINTENANCE, RELAPSE_PREVENTION; psychosocial: MOTIVATIONAL, CONTINGENCY_MANAGEMENT, CBT, FAMILY_AND_SOCIAL_NETWORK, COUNSELLING; recovery support: PEER_SUPPORT, MUTUAL_AID, HOUSING_SUPPORT, EMPLOYMENT_SUPPORT, EDUCATION_SUPPORT.';
comment on column treatment_intervention.started_on is 'The day it started.';
comment on column treatment_intervention.ended_on is 'The day it ended; null while it goes on.';
comment on column treatment_intervention.created_at is 'When the row was created.';
comment on column treatment_intervention.created_by is 'Username of who created the row.';
comment on column treatment_intervention.updated_at is 'When the row was last changed.';
comment on column treatment_intervention.updated_by is 'Username of who last changed the row.';
comment on column treatment_intervention.version is 'Optimistic-lock version, incremented on every change.';

comment on table prison_release is 'A release from prison: the weeks after it carry a high risk of drug-related death, so naloxone, the continuity-of-care referral and the first community treatment appointment are tracked.';
comment on column prison_release.id is 'Surrogate key.';
comment on column prison_release.person_id is 'The person released.';
comment on column prison_release.team_id is 'The team that recorded it and follows it up.';
comment on column prison_release.released_on is 'The day of release.';
comment on column prison_release.prison is 'The prison released from.';
comment on column prison_release.naloxone_supplied is 'Whether take-home naloxone was supplied on release.';
comment on column prison_release.continuity_referral is 'Whether a continuity-of-care referral to community treatment was made before release.';
comment on column prison_release.first_appointment_on is 'The day of the first community treatment appointment attended; the national indicator counts it within 3 weeks.';
comment on column prison_release.first_appointment_by is 'Username of who recorded it.';
comment on column prison_release.created_at is 'When the row was created.';
comment on column prison_release.created_by is 'Username of who created the row.';
comment on column prison_release.updated_at is 'When the row was last changed.';
comment on column prison_release.updated_by is 'Username of who last changed the row.';
comment on column prison_release.version is 'Optimistic-lock version, incremented on every change.';
