-- National-scale synthetic data for the page benchmark (issue 12), loaded in bulk with set-based SQL.
--
-- Run with psql as the superuser on a database where the application has already started once in demo mode
-- (Flyway has run; the demo users, teams, suites, courts, providers and reference data exist):
--
--   psql -v ON_ERROR_STOP=1 -f bench/national-data.sql            # 250,000 people and the rest (bench/national.sh)
--   psql -v people=2500 -v events=10000 -v orders=1000 -v appointments=20000 -f bench/national-data.sql
--
-- Every row goes through the schema as it is: no constraint, trigger or index is disabled. Ids are drawn from each
-- table's own identity sequence (nextval), so the application's later inserts continue after them. Identifiers
-- carry valid check characters, computed here as the application's validators compute them (PncId, CroNumber,
-- NhsNumber): the mod-23 letter of "YY + serial" and the NHS modulus 11 digit (numbers whose digit would be 10 are
-- left out). Serials start above anything demo mode gives (demo people use serials from 1), so they never collide.
-- Synthetic colleagues (usernames nat-<role>-NNN) join each demo team, so the demo users hold a realistic share of
-- their team's cases and orders rather than all of them. Names and places are from fixed lists.
-- Helpers live in the schema national_load (tables and check-character functions), dropped at the end: nothing is
-- left behind but the data.
--
-- This file runs the four parts in bench/national/ one after another in one transaction (-v dry_run=1 rolls it all
-- back). bench/national.sh runs the same parts as four transactions, the custody part (2) and the court order part
-- (3) side by side in two sessions: each is a third of the load, and they touch different tables.

\set ON_ERROR_STOP 1
\timing on
begin;
\ir national/1-people.sql
\ir national/2-custody.sql
\ir national/3-orders.sql
\ir national/4-treatment-and-cases.sql
\if :{?dry_run}
rollback;
\else
commit;
\endif

\ir national/counts.sql
