-- A test records the custody record number it was taken under, the sample's seal or reference number, and
-- who took the sample: what a lab dispute and a court need to tie the result to the person.
alter table custody_event
    add column custody_record_number varchar(30),
    add column sample_reference      varchar(40),
    add column sample_taken_by       varchar(100),
    add constraint custody_event_sample_details check (sample_taken_at is not null
        or (sample_reference is null and sample_taken_by is null));
