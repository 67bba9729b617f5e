-- A test recorded in error is voided with a reason, never deleted: the record shows it struck through, and
-- the audit trail keeps what it said.
alter table custody_event
    add column voided_at   timestamptz,
    add column voided_by   varchar(100),
    add column void_reason varchar(300),
    add constraint custody_event_void_together check ((voided_at is null) = (voided_by is null)
        and (voided_at is null) = (void_reason is null));
