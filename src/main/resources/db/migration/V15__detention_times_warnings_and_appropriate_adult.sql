-- PACE s63B and Code C s17: the times of charge and of release bound when a sample may be taken and a
-- requirement imposed; an under-18 is tested only with an appropriate adult present. Drugs Act 2005 s11:
-- a requirement carries the warning that failing to attend or remain is an offence, and who imposed it.
-- The refusal warning is recorded for every test now (it is given before the sample is requested); tests
-- recorded before carry it only when the person refused.
alter table custody_event
    drop constraint custody_event_refusal_warning,
    add constraint custody_event_refusal_warning check (outcome <> 'REFUSED' or refusal_warning_given is not null),
    add column charged_at                timestamptz,
    add column released_at               timestamptz,
    add column appropriate_adult_present boolean,
    add constraint custody_event_charged_after_arrest check (charged_at is null or charged_at >= arrested_at),
    add constraint custody_event_released_after_arrest check (released_at is null or released_at >= arrested_at),
    add constraint custody_event_sample_before_release check (released_at is null or sample_taken_at is null
        or sample_taken_at <= released_at);

alter table required_assessment
    add column warning_given boolean,
    add column imposed_by    varchar(100);
