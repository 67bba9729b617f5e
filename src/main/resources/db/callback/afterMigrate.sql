-- Runs after every migration, as the owner: what the application's role may do, and no more. It owns
-- nothing, so it cannot alter tables, disable triggers or drop anything; it is no superuser, so it cannot set
-- session_replication_role to skip triggers either.
grant usage on schema public to "${application_role}";
grant select, insert, update, delete on all tables in schema public to "${application_role}";
grant usage, select on all sequences in schema public to "${application_role}";
-- The audit trail: insert and read only (the append-only trigger stops even the owner changing it).
revoke update, delete, truncate, references, trigger on audit_event from "${application_role}";
-- Flyway's history is the owner's.
revoke all on flyway_schema_history from "${application_role}";
