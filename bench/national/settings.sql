-- Settings shared by the parts of the national data set: the sizes (override with psql -v) and the session.
\set ON_ERROR_STOP 1
\if :{?people}
\else
\set people 250000
\endif
\if :{?events}
\else
\set events 1000000
\endif
\if :{?orders}
\else
\set orders 100000
\endif
\if :{?appointments}
\else
\set appointments 2000000
\endif
\if :{?colleagues}
\else
\set colleagues 99
\endif
\timing on

-- A bulk load commits a few large transactions: no need to wait for each WAL flush (durability of the data
-- directory is unchanged: fsync and full-page writes stay on).
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set client_min_messages = warning;
-- The helpers the parts share (people to be, workers, reference lists, check-character functions) live in the
-- schema national_load, created by the first part and dropped by the last: other sessions must see them, so they
-- cannot be temporary tables.
set search_path = national_load, public;
