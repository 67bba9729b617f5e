package org.throughcare.audit;

import java.util.Objects;

/**
 * A kind of record the audit trail speaks of ("Person", "Custody event"). Each module declares its kinds as
 * constants and as beans, and a migration adds them to the {@code audit_record_kind} table the trail refers
 * to; the audit log offers them as a list. A kind that is not declared cannot be audited.
 */
public record RecordKind(String code) {

    public RecordKind {
        Objects.requireNonNull(code);
        if (code.isBlank() || code.length() > 60) {
            throw new IllegalArgumentException("A record kind is 1 to 60 characters: " + code);
        }
    }

    public static RecordKind of(String code) {
        return new RecordKind(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
