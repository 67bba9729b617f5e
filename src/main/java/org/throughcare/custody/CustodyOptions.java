package org.throughcare.custody;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Option;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The choices on the custody forms, from reference data and settings. */
@Component
class CustodyOptions {

    private final CustodyEventService events;
    private final NotificationConditions conditions;
    private final OffenceRepository offences;
    private final TestedSubstanceRepository substances;
    private final CustodyProperties properties;
    private final Clock clock;

    CustodyOptions(
            CustodyEventService events,
            NotificationConditions conditions,
            OffenceRepository offences,
            TestedSubstanceRepository substances,
            CustodyProperties properties,
            Clock clock) {
        this.events = events;
        this.conditions = conditions;
        this.offences = offences;
        this.substances = substances;
        this.properties = properties;
        this.clock = clock;
    }

    /** The active tested substances, in display order: one results question each. */
    @Transactional(readOnly = true)
    List<TestedSubstance> activeSubstances() {
        return substances.findByActiveTrueOrderByDisplayOrderAscNameAsc();
    }

    @Transactional(readOnly = true)
    void addEventOptions(Model model, SignedInUser user) {
        Map<Long, Set<NotificationKind>> inForce = conditions.inForce(LocalDate.now(clock));
        model.addAttribute(
                "suiteOptions",
                events.suitesFor(user).stream()
                        .map(s -> Option.of(
                                s.getId(),
                                s.getName()
                                        + (inForce.getOrDefault(s.getId(), Set.of()).stream()
                                                        .anyMatch(k -> k == NotificationKind.TESTING_ON_ARREST
                                                                || k == NotificationKind.TESTING_ON_CHARGE)
                                                ? ""
                                                : " (no testing in force today)")))
                        .toList());
        model.addAttribute(
                "offenceOptions",
                offences.findByActiveTrueOrderByTriggerDescNameAsc().stream()
                        .map(o -> Option.of(o.getId(), o.label() + (o.isTrigger() ? " (trigger offence)" : "")))
                        .toList());
        model.addAttribute(
                "stageOptions",
                List.of(
                        new Option(
                                TestStage.ON_ARREST.name(),
                                "On arrest",
                                "Aged " + properties.minimumAgeOnArrest() + " or over"),
                        new Option(
                                TestStage.ON_CHARGE.name(),
                                "On charge",
                                "Aged " + properties.minimumAgeOnCharge() + " or over")));
        model.addAttribute(
                "outcomeOptions",
                List.of(
                        Option.of(TestOutcome.TESTED, "Tested"),
                        new Option(TestOutcome.REFUSED.name(), "Refused", "Refusing without good cause is an offence"),
                        Option.of(TestOutcome.NO_VALID_SAMPLE, "No valid sample")));
        model.addAttribute(
                "rankOptions",
                Arrays.stream(PoliceRank.values())
                        .map(rank -> new Option(rank.label(), rank.label(), null))
                        .toList());
        model.addAttribute("sampleTypeOptions", Option.fromEnum(SampleType.class, SampleType::label));
        model.addAttribute("resultOptions", Option.fromEnum(TestResult.class, TestResult::label));
        model.addAttribute("yesNoOptions", List.of(Option.of(true, "Yes"), Option.of(false, "No")));
        List<TestedSubstance> active = activeSubstances();
        model.addAttribute("substances", active);
        List<String> order = new ArrayList<>(List.of(CustodyEventForm.FIELD_ORDER));
        active.forEach(s -> order.add("results[" + s.getCode() + "]"));
        model.addAttribute("fieldOrder", String.join(",", order));
    }
}
