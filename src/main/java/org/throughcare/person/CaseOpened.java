package org.throughcare.person;

import java.time.Instant;

/**
 * A team started working with a person: a case was opened for it (with a new record, or to gain access to
 * someone another team recorded, when {@code accessReason} says why). Published with the change.
 */
public record CaseOpened(
        Long caseId,
        Long personId,
        Long teamId,
        Long ownerId,
        CaseOpenedFor openedFor,
        CaseAccessReason accessReason,
        Instant openedAt) {}
