package org.throughcare.custody;

import java.time.Instant;
import java.util.List;

/**
 * A test found a specified Class A drug: the start of the pathway (a required assessment may follow, and the
 * funnel from positive test to treatment is counted from here).
 */
public record PositiveResultRecorded(Long eventId, Long personId, List<String> substances, Instant arrestedAt) {}
