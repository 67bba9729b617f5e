package org.throughcare.custody;

import org.throughcare.common.Text;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A custody event to record. Times are explicit so historical events (demo data, late entry) pass the
 * same rules. {@code results} maps a tested substance code (e.g. OPIATES) to its result. The refusal warning
 * (that refusing without good cause is an offence) is asked of every test: it is given before the sample is
 * requested, whatever happens next.
 */
record CustodyEventCommand(
        Long personId,
        Long suiteId,
        Instant arrestedAt,
        TestStage testStage,
        Set<Long> offenceIds,
        String inspectorName,
        String inspectorRank,
        String authorisationGrounds,
        Instant sampleTakenAt,
        SampleType sampleType,
        TestOutcome outcome,
        Map<String, TestResult> results,
        Boolean refusalWarningGiven,
        Instant chargedAt,
        Instant releasedAt,
        Boolean appropriateAdultPresent,
        String custodyRecordNumber,
        String sampleReference,
        String sampleTakenBy) {

    public CustodyEventCommand {
        offenceIds = offenceIds == null ? Set.of() : Set.copyOf(offenceIds);
        results = results == null ? Map.of() : Map.copyOf(results);
        inspectorName = Text.blankToNull(inspectorName);
        String rank = Text.blankToNull(inspectorRank);
        inspectorRank = PoliceRank.ofLabel(rank).map(PoliceRank::label).orElse(rank);
        authorisationGrounds = Text.blankToNull(authorisationGrounds);
        custodyRecordNumber = Text.blankToNull(custodyRecordNumber);
        sampleReference = Text.blankToNull(sampleReference);
        sampleTakenBy = Text.blankToNull(sampleTakenBy);
    }
}
