package org.throughcare.common;

/** The record asked for does not exist (or the user may not know that it does): shown as a 404. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(Object recordType, Object id) {
        super(recordType + " " + id + " not found");
    }
}
