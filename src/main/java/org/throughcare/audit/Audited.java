package org.throughcare.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a field of an entity appears in the audit trail's changes, when its name does not say it well or its
 * value must not be written there. Every other persistent field appears as it is, without annotation.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The field's name in the trail, e.g. "PNC ID"; by default its Java name in words ("given name"). */
    String label() default "";

    /** Written as "changed" and never with its values (a password hash). */
    boolean masked() default false;
}
