package org.throughcare.person;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which key stages make the latest pathway, and the days between them. */
class PathwayTimelineTest {

    static final Instant DAY0 = Instant.parse("2026-01-05T09:00:00Z");
    static final Duration WINDOW = Duration.ofDays(90);

    @Test
    void aReferralJoinsTheArrestAndAssessmentBeforeItAndItsOwnEngagement() {
        List<TimelineEntry> pathway = PathwayTimeline.latestPathway(
                sorted(
                        stage(0, PathwayStage.ARREST, null),
                        stage(4, PathwayStage.ASSESSMENT, null),
                        stage(6, PathwayStage.REFERRAL, "referral-1"),
                        stage(20, PathwayStage.ENGAGEMENT, "referral-2"),
                        stage(25, PathwayStage.ENGAGEMENT, "referral-1")),
                WINDOW);

        assertThat(pathway)
                .extracting(TimelineEntry::stage, e -> day(e.at()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PathwayStage.ARREST, 0L),
                        org.assertj.core.groups.Tuple.tuple(PathwayStage.ASSESSMENT, 4L),
                        org.assertj.core.groups.Tuple.tuple(PathwayStage.REFERRAL, 6L),
                        org.assertj.core.groups.Tuple.tuple(PathwayStage.ENGAGEMENT, 25L));
        assertThat(PathwayTimeline.intervals(pathway))
                .extracting(PathwayTimeline.Interval::days)
                .containsExactly(4L, 2L, 19L, 25L);
    }

    @Test
    void anArrestLongBeforeTheReferralIsNotPartOfItsPathway() {
        List<TimelineEntry> pathway = PathwayTimeline.latestPathway(
                sorted(stage(0, PathwayStage.ARREST, null), stage(200, PathwayStage.REFERRAL, "referral-1")), WINDOW);

        assertThat(pathway).extracting(TimelineEntry::stage).containsExactly(PathwayStage.REFERRAL);
        assertThat(PathwayTimeline.intervals(pathway)).isEmpty();
    }

    @Test
    void aNewArrestAfterTheLastReferralIsTheLatestPathwayUnlessTheReferralMovedOnSince() {
        List<TimelineEntry> entries = new ArrayList<>(List.of(
                stage(0, PathwayStage.ARREST, null),
                stage(2, PathwayStage.REFERRAL, "referral-1"),
                stage(30, PathwayStage.ARREST, null)));
        assertThat(PathwayTimeline.latestPathway(sorted(entries.toArray(TimelineEntry[]::new)), WINDOW))
                .extracting(TimelineEntry::stage)
                .containsExactly(PathwayStage.ARREST);

        entries.add(stage(40, PathwayStage.ENGAGEMENT, "referral-1"));
        assertThat(PathwayTimeline.latestPathway(sorted(entries.toArray(TimelineEntry[]::new)), WINDOW))
                .extracting(TimelineEntry::stage)
                .containsExactly(PathwayStage.ARREST, PathwayStage.REFERRAL, PathwayStage.ENGAGEMENT);
    }

    @Test
    void entriesWithoutAKeyStageMakeNoPathway() {
        assertThat(PathwayTimeline.latestPathway(List.of(TimelineEntry.of(DAY0, "Consent given", null, null)), WINDOW))
                .isEmpty();
    }

    private static TimelineEntry stage(int day, PathwayStage stage, String thread) {
        return TimelineEntry.of(DAY0.plus(Duration.ofDays(day)), stage.label() + " on day " + day, null, null)
                .marking(stage)
                .in(thread);
    }

    private static List<TimelineEntry> sorted(TimelineEntry... entries) {
        return java.util.Arrays.stream(entries)
                .sorted(Comparator.comparing(TimelineEntry::at))
                .toList();
    }

    private static long day(Instant at) {
        return Duration.between(DAY0, at).toDays();
    }
}
