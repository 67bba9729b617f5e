package org.throughcare.treatment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.throughcare.audit.AuditAction;
import org.throughcare.audit.AuditService;
import org.throughcare.audit.EntitySnapshots;
import org.throughcare.audit.RecordKind;
import org.throughcare.common.Allowed;
import org.throughcare.common.RecordNotFoundException;
import org.throughcare.common.RuleViolations;
import org.throughcare.person.PersonAccess;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Formats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Outcome reviews (TOP-style) of treatment episodes: recorded under {@link OutcomeReviewRules}, listed, viewed, and
 * the change from an episode's first review to its latest, read from the module's reporting view
 * {@code outcome_change_overview}. Every read checks the person's team scope; every recording and view is audited in
 * its transaction.
 */
@Service
class OutcomeReviews {

    static final RecordKind REVIEW = RecordKind.of("OutcomeReview");

    /** An episode with its reviews in date order, for the list page and the episode page. */
    record EpisodeReviews(TreatmentEpisode episode, List<OutcomeReview> reviews) {

        Allowed allowsAnother() {
            return OutcomeReviewRules.allows(episode, reviews);
        }

        List<OutcomeReviewKind> kindsAllowed() {
            return OutcomeReviewRules.kindsAllowed(episode, reviews);
        }
    }

    /** The latest episode with two or more reviews: its first and latest, from the reporting view. */
    private static final String LATEST_CHANGE = "select * from outcome_change_overview where person_id = ?"
            + " and review_count >= 2 order by episode_started_on desc, episode_id desc limit 1";

    private final OutcomeReviewRepository reviews;
    private final TreatmentEpisodeRepository episodes;
    private final PersonAccess access;
    private final AuditService audit;
    private final EntitySnapshots snapshots;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    OutcomeReviews(
            OutcomeReviewRepository reviews,
            TreatmentEpisodeRepository episodes,
            PersonAccess access,
            AuditService audit,
            EntitySnapshots snapshots,
            JdbcTemplate jdbc,
            Clock clock) {
        this.reviews = reviews;
        this.episodes = episodes;
        this.access = access;
        this.audit = audit;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a review of the episode; the rules see the episode and its reviews so far. */
    @Transactional
    OutcomeReview record(Long episodeId, OutcomeReviewDetails d, SignedInUser user) {
        TreatmentEpisode episode = episode(episodeId, user);
        List<OutcomeReview> existing = reviews.findByEpisodeIdOrderByReviewedOnAscIdAsc(episodeId);
        RuleViolations.throwIfAny(OutcomeReviewRules.check(d, episode, existing, LocalDate.now(clock)));
        OutcomeReview review = reviews.save(new OutcomeReview(
                episodeId,
                episode.getPersonId(),
                d.kind(),
                d.reviewedOn(),
                d.conductedBy().trim(),
                d.items()));
        audit.record(
                AuditAction.CREATE,
                REVIEW,
                review.getId(),
                "Outcome review (" + d.kind().label().toLowerCase(Locale.UK) + ") of " + Formats.ukDate(d.reviewedOn())
                        + " in treatment episode " + episodeId,
                snapshots.of(review).asCreated());
        return review;
    }

    /** The episode and its reviews for a form or the episode page: scope checked, not audited as a view. */
    @Transactional(readOnly = true)
    EpisodeReviews ofEpisode(Long episodeId, SignedInUser user) {
        return new EpisodeReviews(
                episode(episodeId, user), reviews.findByEpisodeIdOrderByReviewedOnAscIdAsc(episodeId));
    }

    /** The episode's reviews for their list page: scope checked and the view audited. */
    @Transactional
    EpisodeReviews list(Long episodeId, SignedInUser user) {
        EpisodeReviews found = ofEpisode(episodeId, user);
        audit.record(AuditAction.VIEW, TreatmentService.EPISODE, episodeId, "Outcome reviews listed");
        return found;
    }

    /** One review for its page: scope checked and the view audited. */
    @Transactional
    OutcomeReview view(Long reviewId, SignedInUser user) {
        OutcomeReview review =
                reviews.findById(reviewId).orElseThrow(() -> new RecordNotFoundException(REVIEW, reviewId));
        access.checkCanView(user, review.getPersonId());
        audit.record(AuditAction.VIEW, REVIEW, reviewId, null);
        return review;
    }

    /** A person's reviews in date order, for the timeline: one query however many. */
    @Transactional(readOnly = true)
    List<OutcomeReview> forPerson(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return reviews.findByPersonIdOrderByReviewedOnAscIdAsc(personId);
    }

    /**
     * The change from the first review to the latest in the person's latest episode with two or more reviews: one
     * query on {@code outcome_change_overview}.
     */
    @Transactional(readOnly = true)
    Optional<OutcomeChange> latestChange(Long personId, SignedInUser user) {
        access.checkCanView(user, personId);
        return jdbc.query(LATEST_CHANGE, OutcomeReviews::change, personId).stream()
                .findFirst();
    }

    private static OutcomeChange change(ResultSet rs, int row) throws SQLException {
        List<OutcomeChange.Item> items = Arrays.stream(OutcomeItem.values())
                .filter(OutcomeItem::inChangeOverview)
                .map(item -> item(rs, item))
                .toList();
        return new OutcomeChange(
                rs.getLong("episode_id"),
                rs.getInt("review_count"),
                rs.getObject("first_reviewed_on", LocalDate.class),
                OutcomeReviewKind.valueOf(rs.getString("first_kind")),
                rs.getObject("latest_reviewed_on", LocalDate.class),
                OutcomeReviewKind.valueOf(rs.getString("latest_kind")),
                items);
    }

    private static OutcomeChange.Item item(ResultSet rs, OutcomeItem item) {
        try {
            return new OutcomeChange.Item(
                    item,
                    rs.getInt("first_" + item.column()),
                    rs.getInt("latest_" + item.column()),
                    rs.getInt(item.column() + "_change"));
        } catch (SQLException e) {
            throw new IllegalStateException("outcome_change_overview has no " + item.column(), e);
        }
    }

    private TreatmentEpisode episode(Long episodeId, SignedInUser user) {
        TreatmentEpisode episode = episodes.findById(episodeId)
                .orElseThrow(() -> new RecordNotFoundException(TreatmentService.EPISODE, episodeId));
        access.checkCanView(user, episode.getPersonId());
        return episode;
    }
}
