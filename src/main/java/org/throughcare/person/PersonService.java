package org.throughcare.person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.EntitySnapshots.Snapshot;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolationException;
import org.throughcare.database.RunMode;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.user.SignedInUser;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.PageLinks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The person register: creating people without duplicates, changing them, opening a record (checked
 * against the user's team scope and audited) and searching.
 */
@Service
public class PersonService {

    static final RecordKind RECORD_KIND = RecordKind.of("Person");

    private final PersonRepository people;
    private final CustodyRecordNumberRepository custodyNumbers;
    private final PersonAccess access;
    private final PersonSearch search;
    private final CaseService caseService;
    private final UserDirectory directory;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final PersonProperties properties;
    private final Clock clock;
    private final RunMode runMode;
    private final PersonRecords records;

    PersonService(
            PersonRepository people,
            CustodyRecordNumberRepository custodyNumbers,
            PersonAccess access,
            PersonSearch search,
            CaseService caseService,
            UserDirectory directory,
            AuditService audit,
            EntitySnapshots snapshots,
            PersonProperties properties,
            RunMode runMode,
            Clock clock,
            PersonRecords records) {
        this.records = records;
        this.runMode = runMode;
        this.people = people;
        this.custodyNumbers = custodyNumbers;
        this.access = access;
        this.search = search;
        this.caseService = caseService;
        this.directory = directory;
        this.audit = audit;
        this.snapshots = snapshots;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records a new person and opens a case for the creating user's team, owned by them. Refuses an
     * identifier that is already recorded; asks for confirmation when name and date of birth match.
     */
    @Transactional
    public Person create(
            PersonDetails details, CustodyNumber custodyNumber, SignedInUser user, boolean confirmedNotDuplicate) {
        checkDateOfBirth(details.dateOfBirth());
        checkSubstances(details);
        checkNotATestNhsNumber(details);
        checkIdentifiersFree(details, null);
        if (custodyNumber != null) {
            checkCustodyNumberFree(custodyNumber, "custodyRecordNumber", "custodyRecordForceId");
        }
        if (!confirmedNotDuplicate) {
            List<Person> sameNameAndBirth =
                    people.findByNameAndDateOfBirth(details.givenName(), details.familyName(), details.dateOfBirth());
            if (!sameNameAndBirth.isEmpty()) {
                throw new PossibleDuplicatesException(summaries(sameNameAndBirth, user));
            }
        }
        Person person = new Person(details);
        if (custodyNumber != null) {
            person.addCustodyRecordNumber(custodyNumber.forceId(), custodyNumber.number());
        }
        people.saveAndFlush(person);
        audit.record(
                AuditAction.CREATE,
                RECORD_KIND,
                person.getId(),
                "Created " + person.fullName(),
                snapshots.of(person).asCreated());
        caseService.open(person, user.teamId(), user.id(), CaseOpenedFor.forRole(user.role()));
        return person;
    }

    @Transactional
    public Person update(Long id, PersonDetails details, long version, SignedInUser user) {
        access.checkCanView(user, id);
        Person person = people.findForRecord(id).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, id));
        RuleViolationException.checkVersion(person.getVersion(), version, "person's details");
        checkDateOfBirth(details.dateOfBirth());
        checkSubstances(details);
        checkNotATestNhsNumber(details);
        checkIdentifiersFree(details, id);
        Snapshot before = snapshots.of(person);
        person.apply(details);
        people.flush();
        audit.record(AuditAction.UPDATE, RECORD_KIND, id, null, before.changesTo(snapshots.of(person)));
        return person;
    }

    /** Opens the person's record for reading: team scope checked, the view audited in the same transaction. */
    @Transactional
    public PersonRecord view(Long id, SignedInUser user) {
        Person person = people.findForRecord(id).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, id));
        access.checkCanView(user, id);
        audit.record(AuditAction.VIEW, RECORD_KIND, id, null);
        return records.of(person);
    }

    /** The person for an edit form: scope checked, and audited as a view because the form shows their details. */
    @Transactional
    public Person forEdit(Long id, SignedInUser user) {
        access.checkCanView(user, id);
        Person person = people.findForRecord(id).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, id));
        audit.record(AuditAction.VIEW, RECORD_KIND, id, "Opened for editing");
        return person;
    }

    /** Searches the register; who searched for what, and how many people it found, goes to the audit trail. */
    @Transactional
    public Page<PersonSummary> search(String text, LocalDate dateOfBirth, SignedInUser user, int page, int size) {
        List<Long> scope = access.scopeTeamIds(user);
        Page<PersonSummary> results =
                PageLinks.clamp(page, index -> search.search(text, dateOfBirth, scope, PageRequest.of(index, size)));
        audit.record(
                AuditAction.SEARCH,
                RECORD_KIND,
                null,
                "Searched for "
                        + (text == null || text.isBlank() ? "" : "\"" + text.trim() + "\"")
                        + (dateOfBirth == null
                                ? ""
                                : (text == null || text.isBlank() ? "" : " ") + "date of birth " + dateOfBirth)
                        + ": " + results.getTotalElements() + (results.getTotalElements() == 1 ? " person" : " people")
                        + (results.getTotalPages() > 1 ? ", page " + (results.getNumber() + 1) : ""));
        return results;
    }

    /**
     * Where a merged record went, told to anyone who opens it: only the merge (who, when, why, and the
     * survivor's id), never the record's details.
     */
    @Transactional(readOnly = true)
    public Optional<Person> mergedRecord(Long id) {
        return people.findById(id).filter(Person::merged);
    }

    /** A worker opened the record of someone no team of theirs has a case with: refused, and audited. */
    @Transactional
    public void recordRefusedView(Long id, SignedInUser user) {
        audit.record(AuditAction.ACCESS_REFUSED, RECORD_KIND, id, "No case in the scope of " + user.teamName());
    }

    /** Adds a custody record number, refusing one the force has already given to anyone. */
    @Transactional
    public void addCustodyRecordNumber(Long personId, CustodyNumber number, SignedInUser user) {
        access.checkCanView(user, personId);
        Person person = people.findById(personId).orElseThrow(() -> new RecordNotFoundException(RECORD_KIND, personId));
        checkCustodyNumberFree(number, "number", "forceId");
        person.addCustodyRecordNumber(number.forceId(), number.number());
        audit.record(AuditAction.UPDATE, RECORD_KIND, personId, "Added custody record number " + number.number());
    }

    public record CustodyNumber(Long forceId, String number) {}

    private void checkCustodyNumberFree(CustodyNumber number, String numberField, String forceField) {
        if (number.forceId() == null
                || directory.policeForceAreas().stream().noneMatch(f -> f.id().equals(number.forceId()))) {
            throw new RuleViolationException(forceField, "Select the police force that gave the custody record number");
        }
        if (custodyNumbers.existsByForceIdAndNumberIgnoreCase(number.forceId(), number.number())) {
            throw new RuleViolationException(
                    numberField, "Custody record number " + number.number() + " is already recorded for this force");
        }
    }

    private List<PersonSummary> summaries(List<Person> matches, SignedInUser user) {
        return matches.stream()
                .map(p -> new PersonSummary(
                        p.getId(),
                        p.getGivenName(),
                        p.getFamilyName(),
                        p.getOtherNames(),
                        p.getDateOfBirth(),
                        p.getPncId(),
                        p.getCrn(),
                        access.canView(user, p.getId())))
                .toList();
    }

    private void checkDateOfBirth(LocalDate dateOfBirth) {
        LocalDate today = LocalDate.now(clock);
        if (dateOfBirth.isAfter(today)) {
            throw new RuleViolationException("dateOfBirth", "Date of birth must be in the past");
        }
        int age = Period.between(dateOfBirth, today).getYears();
        if (age < properties.minimumAge() || age > properties.maximumAge()) {
            throw new RuleViolationException(
                    "dateOfBirth",
                    "Date of birth must give an age between " + properties.minimumAge() + " and "
                            + properties.maximumAge());
        }
    }

    private static void checkSubstances(PersonDetails details) {
        long primaries = details.substances().stream()
                .filter(PersonDetails.SubstanceUse::primary)
                .count();
        if (primaries > 1) {
            throw new RuleViolationException("primarySubstance", "Select only one primary substance");
        }
    }

    /** Outside demo mode a number from the test range cannot be a real person's (demo people carry them). */
    private void checkNotATestNhsNumber(PersonDetails d) {
        if (NhsNumber.isTestNumber(d.nhsNumber()) && !runMode.demo()) {
            throw new RuleViolationException(
                    "nhsNumber",
                    "NHS numbers starting 999 are for testing only. Enter the person's NHS number, or leave it empty");
        }
    }

    private void checkIdentifiersFree(PersonDetails d, Long self) {
        for (Person other :
                people.findByAnyIdentifier(d.pncId(), d.croNumber(), d.crn(), d.nhsNumber(), d.prisonNumber())) {
            if (other.getId().equals(self)) {
                continue;
            }
            String field = same(d.pncId(), other.getPncId())
                    ? "pncId"
                    : same(d.croNumber(), other.getCroNumber())
                            ? "croNumber"
                            : same(d.crn(), other.getCrn())
                                    ? "crn"
                                    : same(d.nhsNumber(), other.getNhsNumber()) ? "nhsNumber" : "prisonNumber";
            throw new DuplicateIdentifierException(
                    field,
                    new PersonSummary(
                            other.getId(),
                            other.getGivenName(),
                            other.getFamilyName(),
                            other.getOtherNames(),
                            other.getDateOfBirth(),
                            other.getPncId(),
                            other.getCrn(),
                            false));
        }
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }
}
