package org.throughcare.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.throughcare.audit.AuditQuery;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

import java.time.LocalDate;

/** Filters typed on the audit log page; all optional. */
class AuditSearchForm {

    @Size(max = 100, message = "Username must be 100 characters or fewer")
    private String actor;

    @Size(max = 60, message = "Record type must be 60 characters or fewer")
    private String recordType;

    @Size(max = 60, message = "Record ID must be 60 characters or fewer")
    private String recordId;

    @Valid
    @ValidDate(name = "the from date")
    private DateInput from = new DateInput();

    @Valid
    @ValidDate(name = "the to date")
    private DateInput to = new DateInput();

    AuditQuery toQuery() {
        return new AuditQuery(actor, recordType, recordId, from.toLocalDate(), to.toLocalDate());
    }

    /** The dates make a range backwards; reported against the "to" date, where the user will look. */
    boolean datesOutOfOrder() {
        LocalDate start = from.toLocalDate();
        LocalDate end = to.toLocalDate();
        return start != null && end != null && end.isBefore(start);
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public DateInput getFrom() {
        return from;
    }

    public void setFrom(DateInput from) {
        this.from = from;
    }

    public DateInput getTo() {
        return to;
    }

    public void setTo(DateInput to) {
        this.to = to;
    }
}
