-- The compliance checklist's tables (supervision's are in R__compliance_supervision_data_dictionary.sql), documented in the database itself. Update it with every migration of the module.

comment on table compliance_checklist is 'A revision of an order''s compliance checklist; every save is a new revision, so revisions can be compared.';
comment on column compliance_checklist.id is 'Surrogate key.';
comment on column compliance_checklist.order_id is 'The order.';
comment on column compliance_checklist.person_id is 'The person.';
comment on column compliance_checklist.revision is 'The revision number, from 1, unique per order.';
comment on column compliance_checklist.reason is 'START, AFTER_FAILURE or REVIEW.';
comment on column compliance_checklist.person_agreed is 'Whether the person agreed the checklist.';
comment on column compliance_checklist.agreed_on is 'The day the person agreed it.';
comment on column compliance_checklist.created_at is 'When the row was created.';
comment on column compliance_checklist.created_by is 'Username of who created the row.';
comment on column compliance_checklist.updated_at is 'When the row was last changed.';
comment on column compliance_checklist.updated_by is 'Username of who last changed the row.';
comment on column compliance_checklist.version is 'Optimistic-lock version.';

comment on table compliance_barrier is 'One barrier to compliance in a checklist revision: present or not, with the strategy agreed for it.';
comment on column compliance_barrier.checklist_id is 'The checklist revision.';
comment on column compliance_barrier.barrier is 'SCHEDULING, FAMILY_COMMITMENTS, MEDICAL, CHILDCARE, TRAVEL, HOUSING, WORK_OR_TRAINING_HOURS, LITERACY_OR_LANGUAGE, MENTAL_HEALTH or PHONE_OR_DIGITAL_ACCESS.';
comment on column compliance_barrier.present is 'Whether the barrier is present.';
comment on column compliance_barrier.detail is 'What the barrier is for this person.';
comment on column compliance_barrier.strategy is 'The strategy agreed; required when present.';
comment on column compliance_barrier.owner is 'Who carries out the strategy.';
comment on column compliance_barrier.review_on is 'When the strategy is reviewed.';
