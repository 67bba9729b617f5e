-- The audit module's tables, documented in the database itself. Update it with every migration of the module.

comment on table audit_event is 'Append-only audit trail: who viewed or changed which record, and when.';
comment on column audit_event.id is 'Surrogate key, increasing with time.';
comment on column audit_event.occurred_at is 'When it happened.';
comment on column audit_event.actor is 'Username of who did it (system for start-up jobs; the typed name for failed sign-ins).';
comment on column audit_event.action is 'What was done: one of audit_action (VIEW, CREATE, UPDATE, SEARCH, ...).';
comment on column audit_event.record_type is 'Kind of record: one of audit_record_kind (User, Person, Custody event, ...).';
comment on column audit_event.record_id is 'Identifier of the record within its kind.';
comment on column audit_event.summary is 'What changed, in words, with old and new values where useful.';

comment on function search_fold(text) is 'Lower-case, accent-free copy of a text for name search; immutable so it can be indexed.';
comment on column audit_event.changes is 'What changed, field by field, as a JSON list of {field, before, after}; null when the line is not a change of fields.';

comment on table audit_action is 'What the audit trail can say someone did (reference data a module may add to).';
comment on column audit_action.code is 'The action as stored on audit_event.action, e.g. VIEW.';
comment on column audit_action.label is 'The action as the audit log shows it.';

comment on table audit_record_kind is 'The kinds of record the audit trail speaks of; each module adds its own with a migration.';
comment on column audit_record_kind.code is 'The kind as stored on audit_event.record_type, e.g. Person.';
comment on column audit_record_kind.label is 'The kind as the audit log offers it.';
