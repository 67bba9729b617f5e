package org.throughcare.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.throughcare.common.RecordNotFoundException;

/**
 * Turns exceptions that reach a controller into the service's error pages: a missing record or a
 * malformed link is a 404, a clash with someone else's edit a 409; never a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler({
        RecordNotFoundException.class,
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class
    })
    String notFound(Exception exception, HttpServletResponse response) {
        log.debug("Not found: {}", exception.getMessage());
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    /**
     * A request naming a field no form has (such as a list index far beyond the form, {@code flags[5000]}):
     * only a tampered request does that. Nothing is saved.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    String malformed(InvalidPropertyException exception, HttpServletResponse response, Model model) {
        log.info("Request with a field no form has: {}", exception.getPropertyName());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        return "error";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String conflict(Exception exception, HttpServletResponse response) {
        log.info("Concurrent change refused: {}", exception.getMessage());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }

    /**
     * A constraint refused a change that did not come through a form (forms show it as a form error): a
     * duplicate saved a moment earlier by another request is a conflict, any other refusal a bad request.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    String refused(DataIntegrityViolationException exception, HttpServletResponse response, Model model) {
        IntegrityViolation violation = IntegrityViolation.of(exception);
        log.warn("Database constraint {} refused a request", violation.constraint());
        int status = violation.duplicate() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST;
        response.setStatus(status);
        model.addAttribute("status", status);
        return violation.duplicate() ? "error/409" : "error";
    }
}
