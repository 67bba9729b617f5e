-- Every table and column documented in the database itself. Update with every migration.

comment on table area is 'Police force areas and probation delivery units that teams work in (reference data).';
comment on column area.id is 'Stable identifier assigned by the seeding migration.';
comment on column area.name is 'Name of the force area or probation delivery unit.';
comment on column area.kind is 'POLICE_FORCE_AREA or PROBATION_DELIVERY_UNIT.';

comment on table team is 'A team of workers in one area; access to people''s records is scoped to teams.';
comment on column team.id is 'Surrogate key.';
comment on column team.name is 'Team name, unique regardless of case.';
comment on column team.area_id is 'The area the team works in.';
comment on column team.disabled_at is 'When the team was disabled; null while active.';
comment on column team.disabled_by is 'Username of who disabled the team.';
comment on column team.created_at is 'When the row was created.';
comment on column team.created_by is 'Username of who created the row (system for start-up jobs).';
comment on column team.updated_at is 'When the row was last changed.';
comment on column team.updated_by is 'Username of who last changed the row.';
comment on column team.version is 'Optimistic-lock version, incremented on every change.';

comment on table app_user is 'People who sign in to Throughcare.';
comment on column app_user.id is 'Surrogate key.';
comment on column app_user.username is 'Sign-in name: lowercase letters, digits, dot, dash, underscore; unique regardless of case.';
comment on column app_user.display_name is 'Full name shown in the interface and on records.';
comment on column app_user.password_hash is 'Password hash with its algorithm prefix ({bcrypt}...); never the password.';
comment on column app_user.role is 'What the user does: CUSTODY_WORKER, LIAISON_DIVERSION, PROBATION_OFFICER, TREATMENT_WORKER, MANAGER or ADMIN.';
comment on column app_user.team_id is 'The team the user belongs to; decides which cases they can see.';
comment on column app_user.failed_sign_in_count is 'Wrong passwords since the last successful sign-in or lock.';
comment on column app_user.locked_until is 'Sign-in refused until this time after too many wrong passwords.';
comment on column app_user.last_signed_in_at is 'When the user last signed in successfully.';
comment on column app_user.disabled_at is 'When the account was disabled; null while active.';
comment on column app_user.disabled_by is 'Username of who disabled the account.';
comment on column app_user.created_at is 'When the row was created.';
comment on column app_user.created_by is 'Username of who created the row (system for start-up jobs).';
comment on column app_user.updated_at is 'When the row was last changed.';
comment on column app_user.updated_by is 'Username of who last changed the row.';
comment on column app_user.version is 'Optimistic-lock version, incremented on every change.';

comment on table audit_event is 'Append-only audit trail: who viewed or changed which record, and when.';
comment on column audit_event.id is 'Surrogate key, increasing with time.';
comment on column audit_event.occurred_at is 'When it happened.';
comment on column audit_event.actor is 'Username of who did it (system for start-up jobs; the typed name for failed sign-ins).';
comment on column audit_event.action is 'VIEW, CREATE, UPDATE, DELETE, SIGN_IN, SIGN_IN_FAILED or LOCKED.';
comment on column audit_event.record_type is 'Kind of record, e.g. User, Team, Person.';
comment on column audit_event.record_id is 'Identifier of the record within its kind.';
comment on column audit_event.summary is 'What changed, in words, with old and new values where useful.';

comment on function search_fold(text) is 'Lower-case, accent-free copy of a text for name search; immutable so it can be indexed.';

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
comment on column person.cro_number is 'Criminal Records Office number NNNNNN/YYC, check letter verified.';
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
comment on column tested_substance.name is 'Name shown to users.';
comment on column tested_substance.active is 'False once no longer tested for; kept for history.';
comment on column tested_substance.display_order is 'Order on forms and reports.';
comment on column tested_substance.created_at is 'When the row was created.';
comment on column tested_substance.created_by is 'Username of who created the row (migration for seeded rows).';
comment on column tested_substance.updated_at is 'When the row was last changed.';
comment on column tested_substance.updated_by is 'Username of who last changed the row.';
comment on column tested_substance.version is 'Optimistic-lock version, incremented on every change.';
