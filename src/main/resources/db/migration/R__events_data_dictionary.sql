-- The event publication registry (Spring Modulith), documented in the database itself.

comment on table event_publication is 'Events between modules awaiting (or, until deleted, done with) delivery to a listener; written with the change that published them.';
comment on column event_publication.id is 'Identifier of the publication.';
comment on column event_publication.listener_id is 'The listener the event is for (one row per event and listener).';
comment on column event_publication.event_type is 'Java type of the event.';
comment on column event_publication.serialized_event is 'The event as JSON.';
comment on column event_publication.publication_date is 'When the event was published.';
comment on column event_publication.completion_date is 'When the listener handled it; null while outstanding.';
comment on column event_publication.status is 'Where delivery stands (published, processing, completed, failed, resubmitted).';
comment on column event_publication.completion_attempts is 'How many times delivery was attempted.';
comment on column event_publication.last_resubmission_date is 'When delivery was last attempted again.';
