-- treatment: releases with no community treatment appointment yet, by team and day. The caseload dashboard counts a
-- team's releases not seen within 3 weeks on every view; through prison_release_team_idx that read every release of
-- the period from the heap to test first_appointment_on (8 ms a team at national scale, two thirds of the
-- dashboard's time). This index holds only the releases still waiting, so the count reads the index alone.
create index prison_release_awaiting_appointment_idx on prison_release (team_id, released_on)
    where first_appointment_on is null;
