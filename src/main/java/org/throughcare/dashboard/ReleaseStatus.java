package org.throughcare.dashboard;

/**
 * Whether a release from prison was followed by a community treatment appointment within 3 weeks (21 days), the
 * national continuity-of-care indicator, as SQL over prison_release_overview (alias pr) and :today.
 */
final class ReleaseStatus {

    static final int DAYS = 21;

    static final String SQL = """
            case when pr.first_appointment_on is not null and pr.first_appointment_on <= pr.released_on + 21
                      then 'SEEN_IN_3_WEEKS'
                 when pr.first_appointment_on is not null then 'SEEN_LATER'
                 when :today > pr.released_on + 21 then 'NOT_SEEN'
                 else 'WAITING' end""";

    private ReleaseStatus() {}
}
