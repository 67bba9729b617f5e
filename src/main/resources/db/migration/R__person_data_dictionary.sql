-- The person module's tables, documented in the database itself. Update it with every migration of the module.

comment on table person is 'The people the service works with: one record per person, joined up across every stage of the pathway.';
comment on column person.id is 'Surrogate key.';
comment on column person.given_name is 'Given (first) name.';
comment on column person.family_name is 'Family name (surname).';
comment on column person.other_names is 'Other names and aliases, free text.';
comment on column person.date_of_birth is 'Date of birth.';
comment on column person.stated_sex is 'Stated sex: MALE, FEMALE or NOT_KNOWN.';
comment on column person.gender_identity is 'Gender identity: MALE, FEMALE, NON_BINARY, OTHER or NOT_STATED.';
comment on column person.ethnicity is 'ONS 2021 ethnic group code (see Ethnicity), or NOT_STATED.';
comment on column person.pnc_id is 'Police National Computer ID in canonical form YYYY/NNNNNNNC, check letter verified.';
comment on column person.cro_number is 'Criminal Records Office number NNNNNN/YYC, or SFYY/NNNNNNC for a record made without fingerprints; check letter verified.';
comment on column person.crn is 'Probation case reference number: a letter and 6 digits.';
comment on column person.nhs_number is 'NHS number, 10 digits without spaces, modulus 11 verified.';
comment on column person.prison_number is 'Prison number, e.g. A1234BC.';
comment on column person.address_line1 is 'First line of the current address.';
comment on column person.address_line2 is 'Second line of the current address.';
comment on column person.town is 'Town or city of the current address.';
comment on column person.postcode is 'Postcode of the current address.';
comment on column person.housing_status is 'SETTLED, TEMPORARY, NO_FIXED_ABODE or AT_RISK_OF_EVICTION.';
comment on column person.dependent_children is 'Number of dependent children.';
comment on column person.childcare_responsibility is 'Whether the person has childcare responsibilities.';
comment on column person.first_language is 'First language.';
comment on column person.interpreter_needed is 'Whether an interpreter is needed.';
comment on column person.injecting_status is 'CURRENT, PREVIOUS, NEVER or DECLINED.';
comment on column person.search_name is 'Generated: accent-free lower-case names and aliases, indexed for trigram search.';
comment on column person.created_at is 'When the row was created.';
comment on column person.created_by is 'Username of who created the row.';
comment on column person.updated_at is 'When the row was last changed.';
comment on column person.updated_by is 'Username of who last changed the row.';
comment on column person.version is 'Optimistic-lock version, incremented on every change.';

comment on table custody_record_number is 'Custody record numbers a person has had, each with the police force that issued it.';
comment on column custody_record_number.id is 'Surrogate key.';
comment on column custody_record_number.person_id is 'The person.';
comment on column custody_record_number.force_id is 'The police force area (area of kind POLICE_FORCE_AREA) that issued the number.';
comment on column custody_record_number.number is 'The custody record number as the force writes it; unique within the force.';

comment on table person_substance is 'Substances a person uses, NDTMS style, with at most one primary substance.';
comment on column person_substance.id is 'Surrogate key.';
comment on column person_substance.person_id is 'The person.';
comment on column person_substance.substance is 'Substance code (see Substance).';
comment on column person_substance.is_primary is 'True for the primary substance.';
comment on column person_substance.route is 'How it is taken: INJECT, SNIFF, SMOKE, ORAL or OTHER.';

comment on table person_flag is 'Risk and circumstance flags shown at the top of a person''s record.';
comment on column person_flag.person_id is 'The person.';
comment on column person_flag.flag is 'Flag code (see PersonFlag).';

comment on table person_case is 'A team''s work with a person, from opening to closing; team scope for access comes from open and closed cases.';
comment on column person_case.id is 'Surrogate key.';
comment on column person_case.person_id is 'The person.';
comment on column person_case.team_id is 'The team that holds the case now.';
comment on column person_case.owner_id is 'The worker the case is allocated to; null while unallocated.';
comment on column person_case.opened_at is 'When the case was opened.';
comment on column person_case.opened_by is 'Username of who opened the case.';
comment on column person_case.opened_for is 'Why it was opened: CUSTODY_CONTACT, LIAISON_AND_DIVERSION, COURT_ORDER, TREATMENT_REFERRAL, PRISON_RELEASE or OTHER.';
comment on column person_case.closed_at is 'When the case was closed; null while open.';
comment on column person_case.closed_by is 'Username of who closed the case.';
comment on column person_case.close_reason is 'Why the case was closed.';
comment on column person_case.access_reason is 'Why a team opened a case with someone outside its scope (which grants it access): NEW_CUSTODY_CONTACT, COURT_ALLOCATION, REFERRAL_RECEIVED, TRANSFER_IN or OTHER; null for cases opened with a new record.';
comment on column person_case.access_reason_detail is 'What the other reason was (required for OTHER).';
comment on column person_case.created_at is 'When the row was created.';
comment on column person_case.created_by is 'Username of who created the row.';
comment on column person_case.updated_at is 'When the row was last changed.';
comment on column person_case.updated_by is 'Username of who last changed the row.';
comment on column person_case.version is 'Optimistic-lock version, incremented on every change.';

comment on table case_transfer is 'History of every reallocation of a case between workers or teams.';
comment on column case_transfer.id is 'Surrogate key.';
comment on column case_transfer.case_id is 'The case.';
comment on column case_transfer.from_team_id is 'Team before the transfer.';
comment on column case_transfer.to_team_id is 'Team after the transfer.';
comment on column case_transfer.from_owner_id is 'Owner before the transfer; null if unallocated.';
comment on column case_transfer.to_owner_id is 'Owner after the transfer; null if unallocated.';
comment on column case_transfer.transferred_at is 'When it was transferred.';
comment on column case_transfer.transferred_by is 'Username of who transferred it.';
comment on column case_transfer.reason is 'Why it was transferred.';

comment on column person.merged_into_id is 'The record this one was merged into (the survivor); null unless merged.';
comment on column person.merged_at is 'When the record was merged into another.';
comment on column person.merged_by is 'Username of who merged it.';
comment on column person.merge_reason is 'Why the two records were found to be one person.';
comment on column person.merged_records is 'How many records were merged into this one (kept by the merge).';
