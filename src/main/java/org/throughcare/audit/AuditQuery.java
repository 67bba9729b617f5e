package org.throughcare.audit;

import java.time.LocalDate;

/** Filters for the audit log; any may be empty. Dates are whole days in UK time, inclusive. */
public record AuditQuery(String actor, String recordType, String recordId, LocalDate from, LocalDate to) {}
