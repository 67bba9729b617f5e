package org.throughcare.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An order as the form collects it: the sentence, its dates, offences, officer and requirements. */
record OrderDetails(
        OrderType type,
        Long courtId,
        LocalDate sentencedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        Set<Long> offenceIds,
        Long responsibleOfficerId,
        List<RequirementDetails> requirements) {}
