package org.throughcare.custody;

import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

/** Adds or changes a notification condition; the kind is only read when one is added. */
class TestingNotificationForm {

    private NotificationKind kind;

    @ValidDate(name = "the date it came into force")
    private DateInput inForceFrom = new DateInput();

    @ValidDate(name = "the date it ended")
    private DateInput endedOn = new DateInput();

    private long version;

    static TestingNotificationForm of(TestingNotification notification) {
        TestingNotificationForm form = new TestingNotificationForm();
        form.kind = notification.getKind();
        form.inForceFrom = DateInput.of(notification.getInForceFrom());
        form.endedOn = DateInput.of(notification.getEndedOn());
        form.version = notification.getVersion();
        return form;
    }

    NotificationConditions.NotificationDetails toDetails() {
        return new NotificationConditions.NotificationDetails(
                kind, inForceFrom.toLocalDate(), endedOn.toLocalDate(), version);
    }

    public NotificationKind getKind() {
        return kind;
    }

    public void setKind(NotificationKind kind) {
        this.kind = kind;
    }

    public DateInput getInForceFrom() {
        return inForceFrom;
    }

    public void setInForceFrom(DateInput inForceFrom) {
        this.inForceFrom = inForceFrom;
    }

    public DateInput getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(DateInput endedOn) {
        this.endedOn = endedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
