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
