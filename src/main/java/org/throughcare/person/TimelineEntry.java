package org.throughcare.person;

import java.time.Instant;

/**
 * One event on a person's pathway timeline, as a module contributes it.
 *
 * @param at when it happened
 * @param title what happened, e.g. "Referred to Northgate Community Recovery Service"
 * @param detail more about it, or null
 * @param href a page about it the viewer may open, or null
 * @param stage the key stage it marks, or null for an event between key stages
 * @param thread what ties a referral to its engagement and retention (e.g. "referral-12"), or null
 */
public record TimelineEntry(Instant at, String title, String detail, String href, PathwayStage stage, String thread) {

    public static TimelineEntry of(Instant at, String title, String detail, String href) {
        return new TimelineEntry(at, title, detail, href, null, null);
    }

    /** An event known by its day only (a date of release, of an outcome): placed at noon UK time that day. */
    public static TimelineEntry onDay(java.time.LocalDate day, String title, String detail, String href) {
        return of(
                day.atTime(java.time.LocalTime.NOON)
                        .atZone(org.throughcare.common.UkTime.ZONE)
                        .toInstant(),
                title,
                detail,
                href);
    }

    /** The same event marking a key stage. */
    public TimelineEntry marking(PathwayStage keyStage) {
        return new TimelineEntry(at, title, detail, href, keyStage, thread);
    }

    /** The same event tied to a thread: a referral and its later steps share one. */
    public TimelineEntry in(String threadKey) {
        return new TimelineEntry(at, title, detail, href, stage, threadKey);
    }
}
