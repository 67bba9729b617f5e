package org.throughcare.referral;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.database.ReadBatch;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A person's referrals as plain rows, for the person page's summary: where each went, when, and its status. One
 * statement without loading entities: loading them through the repository cost the person page four times what the
 * custody summary's plain statement did.
 */
@Component
class PersonReferrals {

    /** One referral, newest first. */
    record Line(Long id, String providerName, ServiceKind service, Instant sentAt, ReferralStatus status) {}

    private final PersonAccess access;

    PersonReferrals(PersonAccess access) {
        this.access = access;
    }

    @Transactional(readOnly = true)
    Supplier<List<Line>> of(Long personId, SignedInUser user, ReadBatch reads) {
        access.checkCanView(user, personId);
        return reads.query(
                """
                        select r.id, p.name as provider_name, r.service, r.sent_at, r.closed_outcome,
                               r.completed_at, r.retained_at, r.engaged_at, r.assessed_at, r.acknowledged_at
                        from referral r
                        join provider p on p.id = r.provider_id
                        where r.person_id = :person
                        order by r.sent_at desc, r.id desc
                        """,
                Map.of("person", personId),
                (rs, row) -> new Line(
                        rs.getLong("id"),
                        rs.getString("provider_name"),
                        ServiceKind.valueOf(rs.getString("service")),
                        instant(rs, "sent_at"),
                        ReferralStatus.of(
                                rs.getString("closed_outcome") == null
                                        ? null
                                        : ReferralStep.valueOf(rs.getString("closed_outcome")),
                                instant(rs, "completed_at"),
                                instant(rs, "retained_at"),
                                instant(rs, "engaged_at"),
                                instant(rs, "assessed_at"),
                                instant(rs, "acknowledged_at"))));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
