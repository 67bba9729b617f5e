-- Events between modules (Spring Modulith's event publication registry, schema v2): a publication is written
-- in the transaction of the change that published the event, and completed once its listener has handled it,
-- so an event committed with its change is delivered even after a crash.
create table event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    constraint event_publication_pk primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
