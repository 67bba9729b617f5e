-- Records made without fingerprints carry an SF number (SFYY/NNNNNNC) in place of a CRO number. It is kept
-- in the same column, so one person has one CRO or SF number and both are unique, but in its own canonical
-- form with the SF prefix, so it never equals the fingerprint CRO number with the same digits.
alter table person alter column cro_number type varchar(12);
alter table person drop constraint person_cro_format;
alter table person add constraint person_cro_format
    check (cro_number ~ '^([0-9]{6}/[0-9]{2}|SF[0-9]{2}/[0-9]{6})[A-Z]$');
