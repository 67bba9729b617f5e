-- The treatment home page lists a team's referrals to acknowledge (urgent first), its referrals in progress
-- (acknowledged, not completed, not closed) and its open treatment episodes (oldest first), with their counts.
-- At national scale the synthetic data gives the demo treatment team 4,200 referrals to acknowledge, 26,000 in
-- progress and 12,600 open episodes: PostgreSQL read the whole table for each count and sorted every matching row
-- for each first page (8 to 16 ms a statement, 75 pages a second). A partial index in each list's order reads a
-- page's rows in order, and counts from the index alone.
create index referral_incoming_in_progress_idx on referral (to_team_id, sent_at, id)
    where acknowledged_at is not null and completed_at is null and closed_at is null;
create index treatment_episode_open_idx on treatment_episode (team_id, started_on, id)
    where exit_on is null;
create index referral_incoming_awaiting_urgent_idx on referral (to_team_id, urgency desc, sent_at, id)
    where acknowledged_at is null and closed_at is null;
