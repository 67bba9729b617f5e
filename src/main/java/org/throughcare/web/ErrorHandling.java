package org.throughcare.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

    @ExceptionHandler({RecordNotFoundException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    String notFound(Exception exception, HttpServletResponse response) {
        log.debug("Not found: {}", exception.getMessage());
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String conflict(Exception exception, HttpServletResponse response) {
        log.info("Concurrent change refused: {}", exception.getMessage());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }
}
