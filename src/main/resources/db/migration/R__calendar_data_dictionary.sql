-- The calendar module's tables, documented in the database itself.

comment on table bank_holiday is 'Weekdays that are not working days (England and Wales bank holidays); administrators add each year''s.';
comment on column bank_holiday.id is 'Surrogate key.';
comment on column bank_holiday.day is 'The date; one row per date, never a Saturday or Sunday.';
comment on column bank_holiday.name is 'What the holiday is called, e.g. Christmas Day (substitute day).';
comment on column bank_holiday.created_at is 'When the row was created.';
comment on column bank_holiday.created_by is 'Username of who created the row (system for the seeding migration).';
comment on column bank_holiday.updated_at is 'When the row was last changed.';
comment on column bank_holiday.updated_by is 'Username of who last changed the row.';
comment on column bank_holiday.version is 'Optimistic-lock version, incremented on every change.';
