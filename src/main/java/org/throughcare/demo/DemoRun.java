package org.throughcare.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the demo seeders: the settings, and the synthetic people recorded so far in this run, which
 * later seeders (custody history, referrals, orders) give a history of their own.
 */
public final class DemoRun {

    /** A synthetic person recorded in this run; {@code index} makes what is derived from them repeatable. */
    public record DemoPerson(Long id, LocalDate dateOfBirth, int index) {}

    private final DemoSettings settings;
    private final List<DemoPerson> people = new ArrayList<>();

    DemoRun(DemoSettings settings) {
        this.settings = settings;
    }

    public DemoSettings settings() {
        return settings;
    }

    /**
     * A repeatable random source for one thing a seeder derives (a person, a referral), well mixed: Random
     * seeded with neighbouring numbers gives nearly the same first draws, so every person took the same path.
     */
    public java.util.Random random(String purpose, long index) {
        // SplittableRandom's first value is a full bit mix of its seed, unlike Random's.
        long base = settings.seed() * 31 + purpose.hashCode();
        return new java.util.Random(new java.util.SplittableRandom(base * 1_000_003 + index).nextLong());
    }

    public void recorded(DemoPerson person) {
        people.add(person);
    }

    /** The people recorded in this run, in order; none when the database was seeded before. */
    public List<DemoPerson> people() {
        return List.copyOf(people);
    }
}
