-- An offence can carry its Home Office offence classification code (as in the Home Office Counting Rules,
-- for example 46 or 34B), so a worker can find it by code. The seeded offences are broad ("Theft" spans
-- several codes), so none is guessed here: administrators enter the code where one offence means one code.
alter table offence
    add column home_office_code varchar(10),
    add constraint offence_home_office_code_format check (home_office_code ~ '^[0-9]{1,3}[A-Z]{0,2}(/[0-9]{1,3})?$');
create unique index offence_home_office_code_unique on offence (home_office_code) where home_office_code is not null;
