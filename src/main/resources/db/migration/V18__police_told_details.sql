-- The evidential statement for a failure to attend or remain says which police officer was told (name and
-- collar number) and how, besides who told them and when.
alter table required_assessment
    add column police_officer_name  varchar(100),
    add column police_collar_number varchar(10),
    add column police_told_how      varchar(20) check (police_told_how in ('IN_PERSON', 'TELEPHONE', 'SECURE_EMAIL')),
    add constraint required_assessment_police_officer_together check ((police_officer_name is null)
        = (police_told_how is null) and (police_officer_name is null) = (police_collar_number is null)),
    add constraint required_assessment_police_officer_when_told check (police_officer_name is null
        or police_notified_at is not null);
