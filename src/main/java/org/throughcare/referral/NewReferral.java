package org.throughcare.referral;

import java.time.Instant;

/**
 * What a worker sends: to which provider, from which stage, why and how urgently, when; and, when the person's
 * consent does not cover the agency, the lawful basis for sharing without it and the reason; and the L&D
 * screening it comes from, if any.
 */
record NewReferral(
        Long personId,
        Long providerId,
        ReferralStage fromStage,
        String reason,
        Urgency urgency,
        Instant sentAt,
        LawfulBasis lawfulBasis,
        String lawfulBasisReason,
        Long screeningId) {

    NewReferral(
            Long personId,
            Long providerId,
            ReferralStage fromStage,
            String reason,
            Urgency urgency,
            Instant sentAt,
            LawfulBasis lawfulBasis,
            String lawfulBasisReason) {
        this(personId, providerId, fromStage, reason, urgency, sentAt, lawfulBasis, lawfulBasisReason, null);
    }
}
