package org.throughcare.person.identifier;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Year;

/**
 * Checks a PNC ID in the current year, which decides the century of a 2-digit year ("27/" is 1927 in 2026).
 *
 * <p>Spring's validator factory uses the {@link Autowired} constructor and the application's {@link Clock}
 * bean, so tests can fix the year. Other Bean Validation providers use the no-argument constructor, which
 * asks the provider's {@link jakarta.validation.ClockProvider} (the system clock unless configured).
 */
public class ValidPncIdValidator implements ConstraintValidator<ValidPncId, CharSequence> {

    private final Clock clock;

    public ValidPncIdValidator() {
        this.clock = null;
    }

    @Autowired
    public ValidPncIdValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (Identifiers.isBlank(value)) {
            return true;
        }
        Clock now = clock != null ? clock : context.getClockProvider().getClock();
        return PncId.isValid(value.toString(), Year.now(now).getValue());
    }
}
