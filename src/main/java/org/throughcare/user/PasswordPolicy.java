package org.throughcare.user;

import org.springframework.stereotype.Component;
import org.throughcare.common.RuleViolationException;
import org.throughcare.database.RunMode;

/** The shortest password an administrator may set; demo mode allows the well-known demo password. */
@Component
class PasswordPolicy {

    static final int DEMO_MIN_LENGTH = 4;

    private final int minLength;

    PasswordPolicy(SecurityProperties properties, RunMode runMode) {
        this.minLength = runMode.demo()
                ? Math.min(DEMO_MIN_LENGTH, properties.passwordMinLength())
                : properties.passwordMinLength();
    }

    void check(String password) {
        if (password == null || password.isBlank()) {
            throw new RuleViolationException("password", "Enter a password");
        }
        if (password.length() < minLength) {
            throw new RuleViolationException("password", "Password must be " + minLength + " characters or more");
        }
        if (password.length() > 128) {
            throw new RuleViolationException("password", "Password must be 128 characters or fewer");
        }
    }

    int minLength() {
        return minLength;
    }
}
