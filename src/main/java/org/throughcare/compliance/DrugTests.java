package org.throughcare.compliance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.RuleViolationException;
import org.throughcare.common.RuleViolations;
import org.throughcare.common.Text;
import org.throughcare.order.OrderDirectory;
import org.throughcare.order.OrderSummary;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.DayRules;
import org.throughcare.web.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Drug tests under an order: a result per substance tested, or refused / not provided. Audited; scope checked. */
@Service
class DrugTests {

    static final RecordKind DRUG_TEST = RecordKind.of("OrderDrugTest");

    private final OrderDrugTestRepository tests;
    private final OrderDirectory orders;
    private final PersonAccess access;
    private final AuditService audit;
    private final Clock clock;

    DrugTests(
            OrderDrugTestRepository tests,
            OrderDirectory orders,
            PersonAccess access,
            AuditService audit,
            Clock clock) {
        this.tests = tests;
        this.orders = orders;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    OrderDrugTest record(
            Long orderId,
            LocalDate testedOn,
            DrugTestStatus status,
            Map<PanelSubstance, Boolean> results,
            String notes,
            SignedInUser user) {
        OrderSummary order = orders.orderForChange(orderId, user);
        List<RuleViolationException> problems = new ArrayList<>();
        if (testedOn == null) {
            problems.add(new RuleViolationException("testedOn", "Enter the date of the test"));
        }
        DayRules.check(problems, "testedOn", testedOn, order.sentencedOn(), "the order was made", today());
        if (status == null) {
            problems.add(new RuleViolationException("status", "Select whether the sample was tested"));
        } else if (status == DrugTestStatus.TESTED && results.isEmpty()) {
            problems.add(new RuleViolationException("results", "Enter a result for at least one substance tested"));
        } else if (status != DrugTestStatus.TESTED && !results.isEmpty()) {
            problems.add(new RuleViolationException(
                    "results", "A sample " + status.label().toLowerCase(java.util.Locale.UK) + " has no results"));
        }
        RuleViolations.throwIfAny(problems);
        OrderDrugTest test = tests.saveAndFlush(
                new OrderDrugTest(orderId, order.personId(), testedOn, status, results, Text.blankToNull(notes)));
        audit.record(
                AuditAction.CREATE,
                DRUG_TEST,
                test.getId(),
                "Drug test under order " + orderId + " on " + Formats.ukDate(testedOn) + ": " + test.summary());
        return test;
    }

    /** The order's tests, newest first. */
    @Transactional(readOnly = true)
    List<OrderDrugTest> forOrder(OrderSummary order, SignedInUser user) {
        access.checkCanView(user, order.personId());
        return tests.findByOrderIdOrderByTestedOnDescIdDesc(order.id());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
