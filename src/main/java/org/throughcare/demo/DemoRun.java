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

    public void recorded(DemoPerson person) {
        people.add(person);
    }

    /** The people recorded in this run, in order; none when the database was seeded before. */
    public List<DemoPerson> people() {
        return List.copyOf(people);
    }
}
