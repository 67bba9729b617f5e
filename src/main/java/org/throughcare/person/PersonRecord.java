package org.throughcare.person;

import java.time.Instant;
import java.util.List;

/** What the person page shows: the person, their custody record numbers and their cases, named. */
public record PersonRecord(Person person, List<CustodyNumberLine> custodyRecordNumbers, List<CaseLine> cases) {

    public record CustodyNumberLine(String number, String forceName) {}

    public record CaseLine(
            Long id,
            String teamName,
            String areaName,
            String ownerName,
            CaseOpenedFor openedFor,
            Instant openedAt,
            String openedBy,
            Instant closedAt,
            String closedBy,
            String closeReason) {

        public boolean open() {
            return closedAt == null;
        }
    }
}
