-- Sessions live in PostgreSQL (Spring Session JDBC), so that an administrator can end a user's sessions,
-- they survive a restart and every application node shares them. Same layout as Spring Session's own
-- schema-postgresql.sql, created here because the schema changes only through Flyway.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Failed sign-ins are counted per client address and username as typed (known or not), and per client
-- address as a whole. A lock then holds only for that address, so nobody can keep someone else's account
-- locked from elsewhere, and an unknown username behaves exactly as a known one.
create table sign_in_throttle (
    client_address varchar(64)  not null,
    username       varchar(100) not null,
    failures       integer      not null,
    counting_since timestamptz  not null,
    locked_until   timestamptz,
    constraint sign_in_throttle_pk primary key (client_address, username),
    constraint sign_in_throttle_failures_not_negative check (failures >= 0)
);
create index sign_in_throttle_username_idx on sign_in_throttle (username) where username <> '';
create index sign_in_throttle_counting_since_idx on sign_in_throttle (counting_since);

-- The account-wide lock is replaced by the throttle above.
alter table app_user drop column failed_sign_in_count;
alter table app_user drop column locked_until;
