package org.throughcare.treatment;

import java.time.LocalDate;

/** What a treatment worker enters for an episode; {@code version} is the one the form was opened at. */
record EpisodeDetails(
        TreatmentSetting setting,
        String keyWorker,
        LocalDate startedOn,
        LocalDate triagedOn,
        LocalDate carePlanOn,
        long version) {}
