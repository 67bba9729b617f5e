-- The user module's tables, documented in the database itself. Update it with every migration of the module.

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
comment on column app_user.last_signed_in_at is 'When the user last signed in successfully.';
comment on column app_user.disabled_at is 'When the account was disabled; null while active.';
comment on column app_user.disabled_by is 'Username of who disabled the account.';
comment on column app_user.created_at is 'When the row was created.';
comment on column app_user.created_by is 'Username of who created the row (system for start-up jobs).';
comment on column app_user.updated_at is 'When the row was last changed.';
comment on column app_user.updated_by is 'Username of who last changed the row.';
comment on column app_user.version is 'Optimistic-lock version, incremented on every change.';

comment on table spring_session is 'Signed-in sessions (Spring Session JDBC), shared by every application node.';
comment on column spring_session.primary_id is 'Surrogate key of the session row.';
comment on column spring_session.session_id is 'The session id the browser holds in its cookie; changes on sign-in.';
comment on column spring_session.creation_time is 'When the session started, in milliseconds since 1970.';
comment on column spring_session.last_access_time is 'When the session was last used, in milliseconds since 1970.';
comment on column spring_session.max_inactive_interval is 'Seconds of inactivity after which the session expires.';
comment on column spring_session.expiry_time is 'When the session expires, in milliseconds since 1970.';
comment on column spring_session.principal_name is 'Username of the signed-in user, so that all their sessions can be ended.';

comment on table spring_session_attributes is 'What a session holds: the signed-in user, CSRF token, flash messages.';
comment on column spring_session_attributes.session_primary_id is 'The session the attribute belongs to.';
comment on column spring_session_attributes.attribute_name is 'Name of the attribute.';
comment on column spring_session_attributes.attribute_bytes is 'The attribute, serialised.';

comment on table sign_in_throttle is 'Failed sign-ins per client address and username as typed (empty username: the address as a whole).';
comment on column sign_in_throttle.client_address is 'IP address the attempts came from.';
comment on column sign_in_throttle.username is 'Username as typed, lower-cased, whether or not it exists; empty for all usernames from the address.';
comment on column sign_in_throttle.failures is 'Failures counted since counting_since.';
comment on column sign_in_throttle.counting_since is 'Start of the counting window; failures older than the lock duration are forgotten.';
comment on column sign_in_throttle.locked_until is 'Sign-in from this address (for this username) refused until this time.';

comment on table user_role is 'The roles a user may have (reference data a new role is added to).';
comment on column user_role.code is 'The role as stored on app_user.role, e.g. CUSTODY_WORKER.';
comment on column user_role.label is 'The role as users read it.';

comment on view team_overview is 'The user module''s reporting interface for teams: each team with its area. The dashboards read this view, never team or area.';
comment on column team_overview.team_id is 'The team.';
comment on column team_overview.team_name is 'The team''s name.';
comment on column team_overview.area_id is 'The area the team works in.';
comment on column team_overview.area_name is 'The area''s name.';
comment on column team_overview.disabled is 'Whether the team has been disabled.';
comment on view user_overview is 'The user module''s reporting interface for users: each account with its role and team, without credentials.';
comment on column user_overview.user_id is 'The user.';
comment on column user_overview.username is 'The sign-in name, as recorded in created_by and similar columns.';
comment on column user_overview.display_name is 'The name shown on screens.';
comment on column user_overview.role is 'The user''s role (user_role code).';
comment on column user_overview.team_id is 'The user''s team.';
comment on column user_overview.disabled is 'Whether the account has been disabled.';
