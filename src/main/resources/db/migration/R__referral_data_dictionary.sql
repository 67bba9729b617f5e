-- The referral module's tables, documented in the database itself. Update it with every migration of the module.

comment on table consent is 'Consent to assessment and treatment, and to sharing information with a kind of agency: one row per thing consented to, with its withdrawal.';
comment on column consent.id is 'Surrogate key.';
comment on column consent.person_id is 'The person who consented.';
comment on column consent.subject is 'ASSESSMENT_AND_TREATMENT or SHARING (with the agency named).';
comment on column consent.agency is 'For SHARING: POLICE, COURTS, PROBATION, TREATMENT_PROVIDER, GP, HOUSING or LIAISON_AND_DIVERSION; null otherwise.';
comment on column consent.given_at is 'When the person gave consent.';
comment on column consent.given_how is 'VERBAL or WRITTEN.';
comment on column consent.withdrawn_at is 'When the person withdrew it; null while current.';
comment on column consent.withdrawn_by is 'Username of who recorded the withdrawal.';
comment on column consent.withdrawal_reason is 'Why it was withdrawn, in the person''s words where possible.';
comment on column consent.created_at is 'When the consent was recorded.';
comment on column consent.created_by is 'Username of who recorded the consent.';
comment on column consent.updated_at is 'When the row was last changed.';
comment on column consent.updated_by is 'Username of who last changed the row.';
comment on column consent.version is 'Optimistic-lock version, incremented on every change.';

comment on table provider is 'Organisations people are referred to, with their contact details (reference data, never deleted).';
comment on column provider.id is 'Surrogate key.';
comment on column provider.name is 'Name, unique regardless of case.';
comment on column provider.service is 'The kind of service: COMMUNITY_DRUG_TREATMENT, ALCOHOL_SERVICE, MENTAL_HEALTH, RESIDENTIAL_REHAB, INPATIENT_DETOX, HOUSING_SUPPORT, EDUCATION_AND_EMPLOYMENT, RELEASE_SUPPORT, LIAISON_AND_DIVERSION or YOUTH_OFFENDING.';
comment on column provider.phone is 'Referral phone number.';
comment on column provider.email is 'Referral email address.';
comment on column provider.address is 'Postal address or where it is.';
comment on column provider.active is 'False once no longer used; kept for history.';
comment on column provider.created_at is 'When the row was created.';
comment on column provider.created_by is 'Username of who created the row (migration for seeded rows).';
comment on column provider.updated_at is 'When the row was last changed.';
comment on column provider.updated_by is 'Username of who last changed the row.';
comment on column provider.version is 'Optimistic-lock version, incremented on every change.';
