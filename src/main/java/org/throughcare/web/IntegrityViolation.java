package org.throughcare.web;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a database constraint refused, read from the exception: a duplicate (another request saved the same
 * thing a moment earlier) or a value the database does not allow (which validation should have caught; the
 * constraint name in the log says where). Either way nothing was saved.
 */
record IntegrityViolation(boolean duplicate, String constraint) {

    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");
    static final String DUPLICATE_MESSAGE =
            "Someone else saved the same details a moment ago, so yours were not saved. "
                    + "Check the record, then try again";
    static final String REFUSED_MESSAGE = "One of the answers could not be saved. Check your answers and try again";

    static IntegrityViolation of(DataIntegrityViolationException exception) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(exception);
        String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
        Matcher name = CONSTRAINT.matcher(String.valueOf(cause.getMessage()));
        return new IntegrityViolation("23505".equals(state), name.find() ? name.group(1) : "unknown");
    }

    /** The message code a page may define for this constraint in messages.properties. */
    String messageCode() {
        return "constraint." + constraint;
    }

    String defaultMessage() {
        return duplicate ? DUPLICATE_MESSAGE : REFUSED_MESSAGE;
    }
}
