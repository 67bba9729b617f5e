package org.throughcare.person;

/**
 * Two records of one person became one: everything recorded against {@code mergedId} now belongs to
 * {@code survivorId}. Published inside the merge's transaction, so a module that keeps records by person moves
 * them in the same commit (a plain, synchronous listener).
 */
public record PersonMerged(Long mergedId, Long survivorId) {}
