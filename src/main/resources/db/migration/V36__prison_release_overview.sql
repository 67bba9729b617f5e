-- The treatment module's reporting interface for releases from prison: one row per release with whether a
-- community treatment appointment followed. Other modules (the probation caseload, the dashboards) read this
-- view, never prison_release itself.
create view prison_release_overview as
select r.id as release_id,
       r.person_id,
       r.team_id,
       r.released_on,
       r.naloxone_supplied,
       r.continuity_referral,
       r.first_appointment_on
from prison_release r;
