package org.throughcare.custody;

/**
 * What a notification condition switches on at a custody suite. Each is notified separately, for a police
 * area or station and from a date, so each has its own periods ({@link TestingNotification}).
 */
public enum NotificationKind {
    TESTING_ON_ARREST("Testing on arrest", "PACE s63B(1)(a) and (4A)"),
    TESTING_ON_CHARGE("Testing on charge", "PACE s63B(1)(b) and (4A)"),
    TESTING_UNDER_18("Testing of 14 to 17 year olds", "PACE s63B(4B)-(4C)"),
    REQUIRED_ASSESSMENT("Required assessment", "Drugs Act 2005 s9(5)-(6)");

    private final String label;
    private final String law;

    NotificationKind(String label, String law) {
        this.label = label;
        this.law = law;
    }

    public String label() {
        return label;
    }

    public String law() {
        return law;
    }

    /** The notification a test at this stage needs. */
    static NotificationKind forStage(TestStage stage) {
        return stage == TestStage.ON_ARREST ? TESTING_ON_ARREST : TESTING_ON_CHARGE;
    }
}
