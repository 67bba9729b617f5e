-- A requirement ends without an outcome when the lab's analysis of a disputed sample does not confirm the
-- drug (Drugs Act 2005 s16), or when it is withdrawn; who ended it, when and why are kept.
alter table required_assessment
    add column ended_at   timestamptz,
    add column ended_by   varchar(100),
    add column end_reason varchar(300),
    add constraint required_assessment_end_together check ((ended_at is null) = (ended_by is null)
        and (ended_at is null) = (end_reason is null)),
    add constraint required_assessment_ended_without_outcome check (ended_at is null or outcome is null);
