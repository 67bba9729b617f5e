-- The dashboard module's tables and read models, documented in the database itself. Update it with every migration
-- of the module.

comment on table programme is 'A local programme of an area (a police diversion scheme, the DRR pathway, a custody testing service), as its manager describes it.';
comment on column programme.id is 'Surrogate key.';
comment on column programme.area_id is 'The area whose manager describes and changes the programme.';
comment on column programme.name is 'The programme''s name; unique in its area, whatever the case.';
comment on column programme.kind is 'POLICE_DIVERSION, LIAISON_AND_DIVERSION, CUSTODY_TESTING, DRR_PATHWAY, TREATMENT_SERVICE or OTHER.';
comment on column programme.objective_crime_reduction is 'One of its agreed objectives is crime reduction.';
comment on column programme.objective_less_drug_use is 'One of its agreed objectives is reduced drug use.';
comment on column programme.objective_less_harm is 'One of its agreed objectives is reduced drug-related harm.';
comment on column programme.objectives_detail is 'More about the objectives, in the manager''s words; optional.';
comment on column programme.philosophy is 'The stated treatment philosophy: ABSTINENCE or HARM_REDUCTION.';
comment on column programme.setting is 'Where treatment happens: COMMUNITY, RESIDENTIAL or BOTH.';
comment on column programme.eligibility is 'Who the programme is for and how they are identified.';
comment on column programme.funding_source is 'Who funds the programme.';
comment on column programme.funded_from is 'First day of the funding period; the programme''s figures start here.';
comment on column programme.funded_to is 'Last day of the funding period.';
comment on column programme.barriers is 'Barriers seen in practice (funding, procedures, partnership, communication); optional.';
comment on column programme.created_at is 'When the row was created.';
comment on column programme.created_by is 'Username of who created the row.';
comment on column programme.updated_at is 'When the row was last changed.';
comment on column programme.updated_by is 'Username of who last changed the row.';
comment on column programme.version is 'Optimistic-lock version: an edit made on a stale form is refused.';

comment on table programme_team is 'The teams whose cases a programme''s figures count.';
comment on column programme_team.programme_id is 'The programme.';
comment on column programme_team.team_id is 'A team of the programme''s area whose cases it covers.';

comment on table programme_partner is 'A partner agency of a programme, its roles and responsibilities, and the training given to its staff.';
comment on column programme_partner.id is 'Surrogate key.';
comment on column programme_partner.programme_id is 'The programme.';
comment on column programme_partner.agency is 'The partner agency''s name.';
comment on column programme_partner.sector is 'POLICE, COURTS, PROBATION, PRISON, HEALTH, TREATMENT, SOCIAL_CARE, HOUSING, VOLUNTARY or OTHER.';
comment on column programme_partner.responsibilities is 'The partner''s roles and responsibilities in the programme.';
comment on column programme_partner.training is 'The training given to the partner''s staff for the programme; optional.';
comment on column programme_partner.trained_on is 'When that training was last given; only with training.';
comment on column programme_partner.created_at is 'When the row was created.';
comment on column programme_partner.created_by is 'Username of who created the row.';
comment on column programme_partner.updated_at is 'When the row was last changed.';
comment on column programme_partner.updated_by is 'Username of who last changed the row.';
comment on column programme_partner.version is 'Optimistic-lock version.';

comment on table programme_self_assessment is 'A programme''s latest rating of itself against one success factor (DOMAIN.md); earlier ratings are in the audit trail.';
comment on column programme_self_assessment.id is 'Surrogate key.';
comment on column programme_self_assessment.programme_id is 'The programme.';
comment on column programme_self_assessment.factor is 'The success factor, e.g. SUSTAINABLE_FUNDING, PARTNER_ROLES, MONITORING_AND_EVALUATION; one row per factor.';
comment on column programme_self_assessment.rating is 'IN_PLACE, PARTLY or NOT_IN_PLACE.';
comment on column programme_self_assessment.evidence is 'The evidence for the rating.';
comment on column programme_self_assessment.review_on is 'When the rating is to be reviewed; in the future when set.';
comment on column programme_self_assessment.assessed_at is 'When the rating was given.';
comment on column programme_self_assessment.assessed_by is 'Username of the manager who gave it.';
comment on column programme_self_assessment.created_at is 'When the row was created.';
comment on column programme_self_assessment.created_by is 'Username of who created the row.';
comment on column programme_self_assessment.updated_at is 'When the row was last changed.';
comment on column programme_self_assessment.updated_by is 'Username of who last changed the row.';
comment on column programme_self_assessment.version is 'Optimistic-lock version.';

comment on materialized view dashboard_custody_day is 'Drug tests on arrest per recording team and UK day, summed by the custody dashboard; recounted every few minutes from custody_test_overview.';
comment on column dashboard_custody_day.team_id is 'The team of the user who recorded the tests.';
comment on column dashboard_custody_day.day is 'The UK day of the arrest.';
comment on column dashboard_custody_day.tests is 'Tests (voided ones excluded).';
comment on column dashboard_custody_day.opiates_only is 'Tests positive for opiates only.';
comment on column dashboard_custody_day.cocaine_only is 'Tests positive for cocaine only.';
comment on column dashboard_custody_day.both_substances is 'Tests positive for both.';
comment on column dashboard_custody_day.negative is 'Tests negative for both.';
comment on column dashboard_custody_day.refused is 'Tests refused.';
comment on column dashboard_custody_day.no_valid_sample is 'Tests without a valid sample.';
comment on column dashboard_custody_day.attended is 'Initial required assessments attended (and remained).';
comment on column dashboard_custody_day.failed is 'Initial required assessments failed (did not attend or did not remain).';

comment on materialized view dashboard_compliance_day is 'Appointments under orders and enforcement actions per supervising team and UK day, summed by the compliance dashboard; recounted every few minutes.';
comment on column dashboard_compliance_day.team_id is 'The order''s supervising team.';
comment on column dashboard_compliance_day.day is 'The UK day of the appointment or of the enforcement decision.';
comment on column dashboard_compliance_day.with_outcome is 'Appointments with an outcome other than rescheduled.';
comment on column dashboard_compliance_day.complied is 'Appointments attended and complied with, or missed for an acceptable reason.';
comment on column dashboard_compliance_day.failed_to_comply is 'Appointments attended without complying.';
comment on column dashboard_compliance_day.unacceptable is 'Unacceptable absences.';
comment on column dashboard_compliance_day.warnings is 'Warnings decided that day.';
comment on column dashboard_compliance_day.breaches is 'Breach actions decided that day.';

comment on materialized view dashboard_order_day is 'Orders commenced, ended and breached per supervising team and day, summed by the orders dashboard; recounted every few minutes from order_overview and enforcement_overview.';
comment on column dashboard_order_day.team_id is 'The order''s supervising team.';
comment on column dashboard_order_day.day is 'The day the order started, ended, or had breach action decided.';
comment on column dashboard_order_day.commenced is 'Orders that started that day.';
comment on column dashboard_order_day.drr is 'Of those, orders with a Drug Rehabilitation Requirement.';
comment on column dashboard_order_day.atr is 'Of those, orders with an Alcohol Treatment Requirement.';
comment on column dashboard_order_day.mhtr is 'Of those, orders with a Mental Health Treatment Requirement.';
comment on column dashboard_order_day.completed is 'Orders that ended completed that day.';
comment on column dashboard_order_day.revoked_good_progress is 'Orders revoked early for good progress that day.';
comment on column dashboard_order_day.revoked_resentenced is 'Orders revoked and re-sentenced that day.';
comment on column dashboard_order_day.breaches is 'Breach actions decided that day.';

comment on materialized view dashboard_pending_assessment is 'Drug tests whose initial required assessment has no outcome yet, as at the last recount; the caseload dashboard counts those already due.';
comment on column dashboard_pending_assessment.event_id is 'The custody event (drug test).';
comment on column dashboard_pending_assessment.team_id is 'The team of the user who recorded the test.';
comment on column dashboard_pending_assessment.arrested_day is 'The UK day of the arrest.';
comment on column dashboard_pending_assessment.initial_assessment_at is 'When the initial required assessment is due.';
comment on materialized view dashboard_pending_outcome is 'Appointments under active orders that have no outcome yet, as at the last recount; the caseload dashboard counts those already started per worker and per team.';
comment on column dashboard_pending_outcome.appointment_id is 'The appointment.';
comment on column dashboard_pending_outcome.order_id is 'The active court order it is under.';
comment on column dashboard_pending_outcome.team_id is 'The order''s team.';
comment on column dashboard_pending_outcome.responsible_officer_id is 'The order''s responsible officer.';
comment on column dashboard_pending_outcome.starts_at is 'When the appointment starts.';
comment on materialized view dashboard_workload is 'Open cases and active orders per team and worker, as at the last recount; the caseload dashboard sums them per worker and per team.';
comment on column dashboard_workload.team_id is 'The team of the case or order.';
comment on column dashboard_workload.user_id is 'The case owner or the order''s responsible officer; null for unallocated cases.';
comment on column dashboard_workload.open_cases is 'Open cases of this team owned by this worker (unallocated when user_id is null).';
comment on column dashboard_workload.active_orders is 'Active orders of this team with this worker as responsible officer.';
