package org.throughcare.person;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.throughcare.database.ReadOnlyRows;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A person's pathway timeline: every module's events ({@link TimelineContribution}) in date order, the latest
 * pathway's key stages with the days between them, and its current stage highlighted. Built in one transaction
 * with the scope check and the audited view of the person, as the person page is.
 */
@Component
class PathwayTimeline {

    /** One event as the page shows it; {@code current} marks the pathway's current stage. */
    public record Item(TimelineEntry entry, String when, boolean current) {}

    /** The days from one key stage to the next on the latest pathway. */
    public record Interval(String from, String to, long days) {}

    private final PersonService people;
    private final List<TimelineContribution> contributions;
    private final Formats formats;

    private final PersonProperties properties;
    private final ReadOnlyRows readOnly;

    PathwayTimeline(
            PersonService people,
            List<TimelineContribution> contributions,
            PersonProperties properties,
            ReadOnlyRows readOnly,
            Formats formats) {
        this.people = people;
        this.readOnly = readOnly;
        this.properties = properties;
        this.contributions = contributions;
        this.formats = formats;
    }

    @Transactional
    void addTo(Model model, Long personId, SignedInUser user) {
        PersonRecord record = people.view(personId, user);
        readOnly.fromNowOn();
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineContribution contribution : contributions) {
            if (contribution.shownTo(user)) {
                entries.addAll(contribution.entries(record, user));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::title));
        List<TimelineEntry> pathway = latestPathway(entries, properties.pathwayWindow());
        TimelineEntry current = pathway.isEmpty() ? null : pathway.get(pathway.size() - 1);
        model.addAttribute("person", record.person());
        // Newest first, as practitioners read a record; the key stages read oldest first.
        List<TimelineEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        model.addAttribute(
                "items",
                newestFirst.stream()
                        .map(e -> new Item(e, formats.dateTime(e.at()), e == current))
                        .toList());
        model.addAttribute("stages", pathway);
        model.addAttribute("intervals", intervals(pathway));
        model.addAttribute("currentStage", current == null ? null : current.stage());
    }

    /**
     * The key stages of the latest pathway, oldest first. Each referral makes a pathway: the latest arrest within
     * the window before it, the latest assessment between that arrest (or the window's start) and it, the referral,
     * then its own engagement and retention. An arrest after the last referral is a pathway still at its start.
     * The latest pathway is the one whose last key stage is the most recent.
     */
    static List<TimelineEntry> latestPathway(List<TimelineEntry> datedEntries, Duration window) {
        List<List<TimelineEntry>> pathways = new ArrayList<>();
        Instant lastReferral = Instant.MIN;
        for (TimelineEntry referral : withStage(datedEntries, PathwayStage.REFERRAL)) {
            List<TimelineEntry> pathway = new ArrayList<>();
            Instant from = referral.at().minus(window);
            TimelineEntry arrest = latestBetween(datedEntries, PathwayStage.ARREST, from, referral.at());
            if (arrest != null) {
                pathway.add(arrest);
                from = arrest.at();
            }
            TimelineEntry assessment = latestBetween(datedEntries, PathwayStage.ASSESSMENT, from, referral.at());
            if (assessment != null) {
                pathway.add(assessment);
            }
            pathway.add(referral);
            for (PathwayStage after : List.of(PathwayStage.ENGAGEMENT, PathwayStage.RETAINED)) {
                withStage(datedEntries, after).stream()
                        .filter(e -> e.thread() != null && e.thread().equals(referral.thread()))
                        .findFirst()
                        .ifPresent(pathway::add);
            }
            pathways.add(pathway);
            lastReferral = referral.at();
        }
        TimelineEntry arrest = latestBetween(datedEntries, PathwayStage.ARREST, lastReferral, Instant.MAX);
        if (arrest != null && arrest.at().isAfter(lastReferral)) {
            List<TimelineEntry> started = new ArrayList<>(List.of(arrest));
            TimelineEntry assessment = latestBetween(datedEntries, PathwayStage.ASSESSMENT, arrest.at(), Instant.MAX);
            if (assessment != null) {
                started.add(assessment);
            }
            pathways.add(started);
        }
        return pathways.stream()
                .max(Comparator.comparing(
                        (List<TimelineEntry> p) -> p.get(p.size() - 1).at()))
                .orElse(List.of());
    }

    private static List<TimelineEntry> withStage(List<TimelineEntry> entries, PathwayStage stage) {
        return entries.stream().filter(e -> e.stage() == stage).toList();
    }

    private static TimelineEntry latestBetween(
            List<TimelineEntry> entries, PathwayStage stage, Instant from, Instant to) {
        TimelineEntry latest = null;
        for (TimelineEntry e : withStage(entries, stage)) {
            if (!e.at().isBefore(from) && !e.at().isAfter(to)) {
                latest = e;
            }
        }
        return latest;
    }

    static List<Interval> intervals(List<TimelineEntry> pathway) {
        List<Interval> intervals = new ArrayList<>();
        for (int i = 1; i < pathway.size(); i++) {
            TimelineEntry from = pathway.get(i - 1);
            TimelineEntry to = pathway.get(i);
            intervals.add(new Interval(
                    from.stage().label(),
                    to.stage().label(),
                    Duration.between(from.at(), to.at()).toDays()));
        }
        if (pathway.size() > 2) {
            TimelineEntry first = pathway.get(0);
            TimelineEntry last = pathway.get(pathway.size() - 1);
            intervals.add(new Interval(
                    first.stage().label(),
                    last.stage().label(),
                    Duration.between(first.at(), last.at()).toDays()));
        }
        return intervals;
    }
}
