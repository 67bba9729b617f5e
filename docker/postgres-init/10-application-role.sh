#!/bin/sh
# Runs once, when the PostgreSQL container creates its database: the role the application connects as.
# It owns nothing (Flyway, as the owner, grants it rows to read and write after every migration), so it
# cannot change the audit trail.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$THROUGHCARE_APP_DB_PASSWORD" <<'SQL'
create role throughcare_app login nosuperuser nocreatedb nocreaterole noreplication nobypassrls
    password :'app_password';
grant connect on database throughcare to throughcare_app;
revoke create on schema public from public;
SQL
