-- Every foreign key is the leading column of an index (database.ForeignKeyIndexTest checks it).
create index case_transfer_from_owner_idx on case_transfer (from_owner_id) where from_owner_id is not null;
create index case_transfer_to_owner_idx on case_transfer (to_owner_id) where to_owner_id is not null;
