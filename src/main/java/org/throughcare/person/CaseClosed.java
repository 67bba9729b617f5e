package org.throughcare.person;

import java.time.Instant;

/** A team's work with a person ended. */
public record CaseClosed(Long caseId, Long personId, Long teamId, String reason, Instant closedAt) {}
