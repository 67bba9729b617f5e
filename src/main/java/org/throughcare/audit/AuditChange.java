package org.throughcare.audit;

/** One field of a record changed: its name as the user knows it, and what it was and became ("" for empty). */
public record AuditChange(String field, String before, String after) {}
