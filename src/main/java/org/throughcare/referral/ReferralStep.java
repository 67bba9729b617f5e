package org.throughcare.referral;

/**
 * A step in a referral's life after it was sent. The first five move it forward; the rest close it without
 * completion and are stored as its closed outcome. Each knows which side records it: the receiving service,
 * or the referrer (who also records the service's replies when the provider does not use Throughcare).
 */
public enum ReferralStep {
    ACKNOWLEDGED("Acknowledged", "Record acknowledgement", Side.RECEIVER, false),
    ASSESSED("Assessed", "Record the assessment", Side.RECEIVER, false),
    ENGAGED("First appointment attended", "Record the first appointment attended", Side.RECEIVER, false),
    RETAINED("Retained at 12 weeks", "Record still engaged at 12 weeks", Side.RECEIVER, false),
    COMPLETED("Completed", "Record completion", Side.RECEIVER, false),
    DECLINED_BY_PERSON("Declined by the person", "The person declined", Side.RECEIVER, true),
    DID_NOT_ENGAGE("Did not engage", "The person did not engage", Side.RECEIVER, true),
    REJECTED_BY_SERVICE("Rejected by the service", "The service rejected it", Side.RECEIVER, true),
    WITHDRAWN("Withdrawn", "Withdraw the referral", Side.REFERRER, true),
    TRANSFERRED("Transferred", "Transferred to another service", Side.RECEIVER, true);

    /** Who records a step. */
    enum Side {
        RECEIVER,
        REFERRER
    }

    private final String label;
    private final String action;
    private final Side side;
    private final boolean closes;

    ReferralStep(String label, String action, Side side, boolean closes) {
        this.label = label;
        this.action = action;
        this.side = side;
        this.closes = closes;
    }

    /** As the status reads once the step is recorded. */
    public String label() {
        return label;
    }

    /** As a button or a form heading names it. */
    public String action() {
        return action;
    }

    Side side() {
        return side;
    }

    /** Whether the step ends the referral without completion (its closed outcome). */
    public boolean closes() {
        return closes;
    }

    /** As a form asks when it happened: "Date the referral was acknowledged". */
    String when() {
        return switch (this) {
            case ACKNOWLEDGED -> "the referral was acknowledged";
            case ASSESSED -> "the person was assessed";
            case ENGAGED -> "of the first appointment attended";
            case RETAINED -> "the person was seen still engaged";
            case COMPLETED -> "the person completed";
            default -> "the referral ended";
        };
    }

    /** The path segment naming the step: "first-appointment" style, lower case with hyphens. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.UK).replace('_', '-');
    }

    static java.util.Optional<ReferralStep> ofSlug(String slug) {
        return java.util.Arrays.stream(values())
                .filter(s -> s.slug().equals(slug))
                .findFirst();
    }
}
