package org.throughcare.compliance;

/**
 * The compliance summary of an order as a GOV.UK tag (DOMAIN.md stage 7): failures to comply in the last 12 months
 * (the configured window), 0 green, 1 grey, 2 or more red, or "Breach in progress" (red) while a breach is open.
 *
 * @param colour a GOV.UK tag colour
 */
public record ComplianceTag(String text, String colour) {

    public static ComplianceTag of(long failures, boolean breachInProgress) {
        if (breachInProgress) {
            return new ComplianceTag("Breach in progress", "red");
        }
        if (failures == 0) {
            return new ComplianceTag("0 failures", "green");
        }
        if (failures == 1) {
            return new ComplianceTag("1 failure", "grey");
        }
        return new ComplianceTag(failures + " failures", "red");
    }
}
