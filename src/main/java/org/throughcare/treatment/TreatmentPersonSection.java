package org.throughcare.treatment;

import org.springframework.stereotype.Component;
import org.throughcare.database.ReadBatch;
import org.throughcare.person.PersonPageSection;
import org.throughcare.person.PersonRecord;
import org.throughcare.person.PersonSectionSummary;
import org.throughcare.referral.ReferralDirectory;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;
import org.throughcare.web.Formats;
import org.throughcare.web.SummaryRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Treatment episodes and releases from prison on the person page. */
@Component
class TreatmentPersonSection implements PersonPageSection<TreatmentPersonSection.Model> {

    /** What treatment/person-section shows. */
    public record Model(
            Long personId,
            List<Cell> episodeHead,
            List<List<Cell>> episodes,
            List<Cell> changeHead,
            List<List<Cell>> changes,
            List<Cell> releaseHead,
            List<List<Cell>> releases,
            List<Cell> needHead,
            List<List<Cell>> needs,
            boolean canStart,
            boolean canRecordRelease) {}

    private final TreatmentService treatment;
    private final PrisonReleases releases;
    private final ReintegrationService reintegration;
    private final TreatmentPages pages;
    private final OutcomeReviews outcomeReviews;
    private final OutcomeReviewPages reviewPages;
    private final Formats formats;
    private final ReferralDirectory referrals;

    TreatmentPersonSection(
            TreatmentService treatment,
            PrisonReleases releases,
            ReintegrationService reintegration,
            TreatmentPages pages,
            OutcomeReviews outcomeReviews,
            OutcomeReviewPages reviewPages,
            Formats formats,
            ReferralDirectory referrals) {
        this.formats = formats;
        this.referrals = referrals;
        this.treatment = treatment;
        this.releases = releases;
        this.reintegration = reintegration;
        this.pages = pages;
        this.outcomeReviews = outcomeReviews;
        this.reviewPages = reviewPages;
    }

    @Override
    public int position() {
        return 70;
    }

    @Override
    public String id() {
        return "treatment";
    }

    @Override
    public String title() {
        return "Treatment, release and reintegration";
    }

    @Override
    public String fragment() {
        return "treatment/person-section :: section";
    }

    /** Counts and the latest of each kind of row, from the module's own tables. */
    private record Counts(
            long episodes,
            long inTreatment,
            Long latestId,
            Long latestProviderId,
            String latestSetting,
            LocalDate latestStartedOn,
            String latestExitReason,
            long releases,
            LocalDate latestReleasedOn,
            String latestPrison,
            long needs,
            long needsWithoutOutcome) {}

    /**
     * The latest episode, the change between its first and latest outcome review, and how many releases and needs:
     * one statement for the counts and latest rows, one for the provider's name and one for the change (only for
     * someone with an episode). The page checked scope.
     */
    @Override
    public Supplier<Optional<PersonSectionSummary>> summary(PersonRecord person, SignedInUser user, ReadBatch reads) {
        Long personId = person.person().getId();
        Supplier<List<Counts>> read = reads.query(
                """
                        select (select count(*) from treatment_episode where person_id = :personId) as episodes,
                               (select count(*) from treatment_episode
                                where person_id = :personId and exit_on is null) as in_treatment,
                               e.id, e.provider_id, e.setting, e.started_on, e.exit_reason,
                               (select count(*) from prison_release where person_id = :personId) as releases,
                               r.released_on, r.prison,
                               (select count(*) from reintegration_need where person_id = :personId) as needs,
                               (select count(*) from reintegration_need
                                where person_id = :personId and outcome is null) as open_needs
                        from (select 1) as one
                        left join lateral (
                            select id, provider_id, setting, started_on, exit_reason from treatment_episode
                            where person_id = :personId order by started_on desc, id desc limit 1) e on true
                        left join lateral (
                            select released_on, prison from prison_release
                            where person_id = :personId order by released_on desc, id desc limit 1) r on true
                        """,
                Map.of("personId", personId),
                (rs, n) -> new Counts(
                        rs.getLong("episodes"),
                        rs.getLong("in_treatment"),
                        rs.getObject("id", Long.class),
                        rs.getObject("provider_id", Long.class),
                        rs.getString("setting"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getString("exit_reason"),
                        rs.getLong("releases"),
                        rs.getObject("released_on", LocalDate.class),
                        rs.getString("prison"),
                        rs.getLong("needs"),
                        rs.getLong("open_needs")));
        return () -> summary(personId, read.get().get(0), user);
    }

    private Optional<PersonSectionSummary> summary(Long personId, Counts c, SignedInUser user) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(SummaryRow.of(
                "Treatment episodes",
                c.episodes() == 0
                        ? "None recorded"
                        : c.episodes() + " recorded, " + c.inTreatment() + " in treatment"));
        if (c.latestId() != null) {
            String provider =
                    referrals.providerNames(List.of(c.latestProviderId())).get(c.latestProviderId());
            rows.add(new SummaryRow(
                    "Latest episode",
                    provider + ", "
                            + TreatmentSetting.valueOf(c.latestSetting())
                                    .label()
                                    .toLowerCase(Locale.UK)
                            + ", started " + formats.date(c.latestStartedOn()) + ": "
                            + (c.latestExitReason() == null
                                    ? "In treatment"
                                    : ExitReason.valueOf(c.latestExitReason())
                                            .group()
                                            .label()),
                    "/treatment/episodes/" + c.latestId(),
                    "Open"));
            outcomeReviews
                    .latestChange(personId, user)
                    .ifPresent(change -> rows.addAll(reviewPages.changeSummary(change)));
        }
        if (c.releases() > 0) {
            rows.add(SummaryRow.of(
                    "Releases from prison",
                    c.releases() + ", the latest on " + formats.date(c.latestReleasedOn()) + " from "
                            + c.latestPrison()));
        }
        if (c.needs() > 0) {
            rows.add(SummaryRow.of(
                    "Reintegration needs", c.needs() + ", " + c.needsWithoutOutcome() + " without an outcome"));
        }
        List<PersonSectionSummary.Action> actions = new ArrayList<>();
        if (RoleGroup.TREATMENT_WORKERS.includes(user.role())) {
            actions.add(new PersonSectionSummary.Action(
                    "Start a treatment episode", "/people/" + personId + "/treatment/new"));
        }
        if (RoleGroup.WORKERS.includes(user.role())) {
            actions.add(new PersonSectionSummary.Action(
                    "Record a release from prison", "/people/" + personId + "/releases/new"));
            actions.add(new PersonSectionSummary.Action(
                    "Record a reintegration need", "/people/" + personId + "/reintegration/new"));
        }
        return Optional.of(new PersonSectionSummary(
                rows,
                c.episodes() + c.releases() + c.needs() == 0
                        ? null
                        : "All treatment episodes, releases and reintegration needs",
                actions));
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        boolean worker = RoleGroup.WORKERS.includes(user.role());
        List<TreatmentService.EpisodeRecord> episodes = treatment.forPerson(personId, user);
        // One query, and only for someone in treatment: the first and latest review of their latest episode with two.
        Optional<OutcomeChange> change =
                episodes.isEmpty() ? Optional.empty() : outcomeReviews.latestChange(personId, user);
        return new Model(
                personId,
                TreatmentPages.EPISODE_HEAD,
                pages.episodeRows(episodes),
                change.map(reviewPages::changeHead).orElse(List.of()),
                change.map(reviewPages::changeRows).orElse(List.of()),
                TreatmentPages.RELEASE_HEAD,
                pages.releaseRows(releases.releasesOf(personId, user), worker),
                TreatmentPages.NEED_HEAD,
                pages.needRows(reintegration.forPerson(personId, user), worker),
                RoleGroup.TREATMENT_WORKERS.includes(user.role()),
                worker);
    }
}
