package org.throughcare.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A String time of day (see {@link TimeText}) that is empty (unless required) or a real time, with the
 * GOV.UK wording: "Enter [name]", "[Name] must be a real time, for example 14:30".
 */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTimeValidator.class)
public @interface ValidTime {

    /** How the time is named in messages, e.g. "the time of arrest". */
    String name();

    boolean required() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
