package org.throughcare.compliance;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.person.PersonLookup;
import org.throughcare.treatment.TreatmentWork;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.PageLinks;
import org.throughcare.web.WorkList;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the probation officer's home page lists, read in one read-only transaction: the page of the caseload, the
 * overdue outcomes, the names of the people on both, and the team's releases not yet seen. Each was a transaction of
 * its own, and each transaction costs a connection checkout, a Hibernate session and a COMMIT round trip.
 */
@Component
class ProbationHome {

    record Lists(
            Page<OrderCompliance> caseload,
            List<ComplianceSummaries.Overdue> overdue,
            Map<Long, String> names,
            WorkList released) {}

    private final ComplianceSummaries summaries;
    private final TreatmentWork treatment;
    private final PersonLookup people;

    ProbationHome(ComplianceSummaries summaries, TreatmentWork treatment, PersonLookup people) {
        this.summaries = summaries;
        this.treatment = treatment;
        this.people = people;
    }

    @Transactional(readOnly = true)
    Lists read(
            SignedInUser user,
            ComplianceSummaries.Scope scope,
            boolean needsAction,
            ComplianceSummaries.Sort sort,
            Integer page,
            int pageSize,
            int overdueShown) {
        Page<OrderCompliance> caseload =
                PageLinks.fetch(page, index -> summaries.caseload(user, scope, needsAction, sort, index, pageSize));
        List<ComplianceSummaries.Overdue> overdue = summaries.overdueOutcomes(user, overdueShown);
        return new Lists(
                caseload, overdue, names(caseload.getContent(), overdue, user), treatment.releasedNotYetSeen(user));
    }

    /** The names of the people on both lists, in one lookup (none when both are empty). */
    private Map<Long, String> names(
            List<OrderCompliance> orders, List<ComplianceSummaries.Overdue> overdue, SignedInUser user) {
        List<Long> ids = Stream.concat(
                        orders.stream().map(OrderCompliance::personId),
                        overdue.stream().map(ComplianceSummaries.Overdue::personId))
                .distinct()
                .toList();
        return ids.isEmpty() ? Map.of() : people.visibleNames(ids, user);
    }
}
