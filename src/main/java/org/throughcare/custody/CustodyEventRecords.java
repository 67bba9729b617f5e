package org.throughcare.custody;

import org.springframework.stereotype.Component;
import org.throughcare.common.UkTime;
import org.throughcare.person.PersonLookup;
import org.throughcare.user.SignedInUser;

import java.time.LocalDate;
import java.time.Period;

/** Builds a {@link CustodyEventRecord}: the event with its results, assessments and the person's age. */
@Component
class CustodyEventRecords {

    private final DrugTestResultRepository results;
    private final RequiredAssessmentRepository assessments;
    private final PersonLookup people;
    private final CustodyProperties properties;

    CustodyEventRecords(
            DrugTestResultRepository results,
            RequiredAssessmentRepository assessments,
            PersonLookup people,
            CustodyProperties properties) {
        this.results = results;
        this.assessments = assessments;
        this.people = people;
        this.properties = properties;
    }

    /** One event's record; the person's scope is checked (again, from memory when already checked). */
    CustodyEventRecord of(CustodyEvent event, SignedInUser user) {
        return new CustodyEventRecord(
                event,
                results.findForEvent(event.getId()),
                assessments.findForEvent(event.getId()),
                adultOnArrest(people.dateOfBirth(event.getPersonId(), user), event),
                event.isRequiredAssessmentInForce());
    }

    /** Whether an assessment may be required of the person: their age on the day of arrest. */
    boolean adultOnArrest(LocalDate dateOfBirth, CustodyEvent event) {
        LocalDate arrested = event.getArrestedAt().atZone(UkTime.ZONE).toLocalDate();
        return Period.between(dateOfBirth, arrested).getYears() >= properties.minimumAgeForRequiredAssessment();
    }
}
