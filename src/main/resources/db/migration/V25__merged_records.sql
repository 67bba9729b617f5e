-- Two records of one person are merged: one survives, the other points to it. The merged record keeps its
-- own details for history (who was recorded, as what), gives up its identifiers to the survivor, and is left
-- out of searches and the duplicate check.
alter table person
    add column merged_into_id bigint references person (id),
    add column merged_at      timestamptz,
    add column merged_by      varchar(100),
    add column merge_reason   varchar(300),
    -- kept by the merge, so the person page asks for merged records only when there are some
    add column merged_records integer not null default 0 check (merged_records >= 0),
    add constraint person_merge_together check (
        (merged_into_id is null) = (merged_at is null)
        and (merged_into_id is null) = (merged_by is null)
        and (merged_into_id is null) = (merge_reason is null)),
    add constraint person_not_merged_into_itself check (merged_into_id is distinct from id);
create index person_merged_into_idx on person (merged_into_id) where merged_into_id is not null;
