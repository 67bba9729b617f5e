package org.throughcare.person;

import java.time.Instant;

/** A case moved to another team or worker; an owner id is null when the case is unallocated. */
public record CaseTransferred(
        Long caseId,
        Long personId,
        Long fromTeamId,
        Long fromOwnerId,
        Long toTeamId,
        Long toOwnerId,
        Instant transferredAt) {}
