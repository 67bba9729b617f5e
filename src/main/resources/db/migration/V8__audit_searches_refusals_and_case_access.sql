-- The audit trail also records searches (what was asked, how many results) and refused views; a change
-- summary is never too long to store, so a valid edit can never fail because of its audit line.
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_known check (action in ('VIEW', 'CREATE', 'UPDATE',
    'DELETE', 'SIGN_IN', 'SIGN_IN_FAILED', 'LOCKED', 'SEARCH', 'ACCESS_REFUSED'));
alter table audit_event alter column summary type text;

-- Opening a case for someone outside the team's scope is what grants access to their record: why is kept.
alter table person_case add column access_reason varchar(40);
alter table person_case add column access_reason_detail varchar(300);
alter table person_case add constraint person_case_access_reason_known check (access_reason in (
    'NEW_CUSTODY_CONTACT', 'COURT_ALLOCATION', 'REFERRAL_RECEIVED', 'TRANSFER_IN', 'OTHER'));
alter table person_case add constraint person_case_other_reason_explained check (access_reason is distinct from 'OTHER'
    or length(trim(access_reason_detail)) > 0);
create index person_case_access_opened_idx on person_case (team_id, opened_at desc) where access_reason is not null;

-- A team that handed a case on keeps read access to the person, as a team whose case was closed does: the
-- scope check looks for transfers out of the team's hands.
create index case_transfer_from_team_idx on case_transfer (from_team_id, case_id);
create index case_transfer_to_team_idx on case_transfer (to_team_id);

-- One primary substance per person, checked when the transaction commits: changing the primary substance
-- saves the new one before the old one is cleared, which an immediate check refused.
drop index person_substance_one_primary;
alter table person_substance add constraint person_substance_one_primary
    exclude using btree (person_id with =) where (is_primary) deferrable initially deferred;
