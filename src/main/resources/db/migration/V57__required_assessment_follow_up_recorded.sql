-- custody: an initial assessment knows whether its follow-up has been recorded (booked or cancelled), so the custody
-- worklist's "follow-ups to arrange" reads only the initial assessments still waiting for one. It asked, for every
-- attended initial assessment ever recorded, whether a follow-up exists: at national scale 304,226 of them, each
-- with a follow-up, and 1.3 s for a list that was empty. Kept by the database from the follow-up rows, whoever
-- writes them (the application, the demo seeders, a bulk load), as custody_event.result_group is (V56).

alter table required_assessment add column follow_up_recorded boolean not null default false;

-- The initial assessments of the events in the transition table "changed", set from whether a follow-up exists.
create function required_assessment_follow_up_changed() returns trigger
    language plpgsql
as
$$
begin
    update required_assessment i
    set follow_up_recorded = exists (select 1 from required_assessment f
                                     where f.custody_event_id = i.custody_event_id and f.kind = 'FOLLOW_UP')
    where i.kind = 'INITIAL'
      and i.custody_event_id in (select custody_event_id from changed where kind = 'FOLLOW_UP');
    return null;
end
$$;

-- A transition table serves one kind of change per trigger; an assessment's kind and event never change.
create trigger required_assessment_follow_up_added
    after insert on required_assessment referencing new table as changed
    for each statement execute function required_assessment_follow_up_changed();
create trigger required_assessment_follow_up_removed
    after delete on required_assessment referencing old table as changed
    for each statement execute function required_assessment_follow_up_changed();

-- An initial assessment written after its event's follow-up starts with the fact already true.
create function required_assessment_initial_follow_up() returns trigger
    language plpgsql
as
$$
begin
    new.follow_up_recorded := exists (select 1 from required_assessment f
                                      where f.custody_event_id = new.custody_event_id and f.kind = 'FOLLOW_UP');
    return new;
end
$$;

create trigger required_assessment_initial_follow_up
    before insert on required_assessment
    for each row when (new.kind = 'INITIAL') execute function required_assessment_initial_follow_up();

update required_assessment i
set follow_up_recorded = true
where i.kind = 'INITIAL'
  and exists (select 1 from required_assessment f where f.custody_event_id = i.custody_event_id and f.kind = 'FOLLOW_UP');

-- The worklist's list and count, oldest attended first; replaces the index of every attended initial assessment.
create index required_assessment_follow_up_due_idx on required_assessment (outcome_recorded_at, id)
    where kind = 'INITIAL' and outcome = 'ATTENDED_AND_REMAINED' and not follow_up_recorded;
drop index required_assessment_attended_initial_idx;
