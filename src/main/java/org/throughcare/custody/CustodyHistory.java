package org.throughcare.custody;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A person's custody events, newest first, in three queries however many events there are. */
@Service
class CustodyHistory {

    private final CustodyEventRepository events;
    private final DrugTestResultRepository results;
    private final RequiredAssessmentRepository assessments;
    private final PersonAccess access;
    private final CustodyEventRecords records;

    CustodyHistory(
            CustodyEventRepository events,
            DrugTestResultRepository results,
            RequiredAssessmentRepository assessments,
            PersonAccess access,
            CustodyEventRecords records) {
        this.records = records;
        this.events = events;
        this.results = results;
        this.assessments = assessments;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<CustodyEventRecord> forPerson(Long personId, LocalDate dateOfBirth, SignedInUser user) {
        access.checkCanView(user, personId);
        List<CustodyEvent> history = events.findHistory(personId);
        if (history.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DrugTestResult>> resultsByEvent = results.findForPerson(personId).stream()
                .collect(Collectors.groupingBy(r -> r.getEvent().getId()));
        Map<Long, List<RequiredAssessment>> assessmentsByEvent = assessments.findForPerson(personId).stream()
                .collect(Collectors.groupingBy(a -> a.getEvent().getId()));
        return history.stream()
                .map(e -> new CustodyEventRecord(
                        e,
                        resultsByEvent.getOrDefault(e.getId(), List.of()),
                        assessmentsByEvent.getOrDefault(e.getId(), List.of()),
                        records.adultOnArrest(dateOfBirth, e),
                        e.isRequiredAssessmentInForce()))
                .toList();
    }
}
