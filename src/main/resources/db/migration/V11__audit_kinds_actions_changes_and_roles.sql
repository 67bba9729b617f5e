-- What the audit trail and accounts may say is reference data a new module extends with an insert, never by
-- dropping and re-creating a CHECK constraint: audit actions, kinds of record audited, and user roles.

create table audit_action (
    code  varchar(30) primary key,
    label varchar(60) not null
);
insert into audit_action (code, label) values
    ('VIEW', 'Viewed'),
    ('CREATE', 'Created'),
    ('UPDATE', 'Changed'),
    ('DELETE', 'Deleted'),
    ('SIGN_IN', 'Signed in'),
    ('SIGN_IN_FAILED', 'Sign-in failed'),
    ('LOCKED', 'Account locked'),
    ('SEARCH', 'Searched'),
    ('ACCESS_REFUSED', 'Access refused');
alter table audit_event drop constraint audit_event_action_known;
alter table audit_event add constraint audit_event_action_fk foreign key (action) references audit_action (code);

create table audit_record_kind (
    code  varchar(60)  primary key,
    label varchar(100) not null
);
insert into audit_record_kind (code, label) values
    ('User', 'User'),
    ('Team', 'Team'),
    ('Page', 'Page (a refused request)'),
    ('Person', 'Person'),
    ('Case', 'Case'),
    ('Custody event', 'Custody event (a drug test)'),
    ('Drug test result', 'Drug test result'),
    ('Required assessment', 'Required assessment'),
    ('CustodySuite', 'Custody suite'),
    ('Offence', 'Offence'),
    ('TestedSubstance', 'Tested substance'),
    ('Bank holiday', 'Bank holiday');
-- Whatever else older lines named, so that every line refers to a known kind.
insert into audit_record_kind (code, label)
    select distinct record_type, record_type from audit_event on conflict do nothing;
alter table audit_event add constraint audit_event_record_kind_fk foreign key (record_type) references audit_record_kind (code);

-- The changes of an edit, field by field: [{"field": ..., "before": ..., "after": ...}].
alter table audit_event add column changes jsonb;
alter table audit_event add constraint audit_event_changes_is_a_list check (changes is null or jsonb_typeof(changes) = 'array');

create table user_role (
    code  varchar(40) primary key,
    label varchar(80) not null
);
insert into user_role (code, label) values
    ('CUSTODY_WORKER', 'Custody drug worker'),
    ('LIAISON_DIVERSION', 'Liaison and Diversion practitioner'),
    ('PROBATION_OFFICER', 'Probation officer'),
    ('TREATMENT_WORKER', 'Treatment worker'),
    ('MANAGER', 'Manager'),
    ('ADMIN', 'Administrator');
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_fk foreign key (role) references user_role (code);
