package org.throughcare.compliance;

import org.throughcare.common.RuleViolationException;
import org.throughcare.web.DateInput;
import org.throughcare.web.ValidDate;

import java.util.ArrayList;
import java.util.List;

/**
 * The checklist form: one block per barrier (in {@link Barrier} order), the reason for the revision and the person's
 * agreement. Opened with the latest revision's answers; the rules of the answers are {@link ChecklistRules}'.
 */
class ChecklistForm {

    private List<BarrierFields> barriers = new ArrayList<>();

    private ChecklistReason reason;

    private Boolean personAgreed;

    @ValidDate(name = "the date the person agreed", notInFuture = true)
    private DateInput agreedOn = new DateInput();

    /**
     * An empty form: a block for every barrier, nothing answered. A posted form binds into one made this way (lists
     * do not grow to fit a request: see {@code web.FormBinding}).
     */
    ChecklistForm() {
        for (Barrier barrier : Barrier.values()) {
            BarrierFields fields = new BarrierFields();
            fields.setBarrier(barrier);
            barriers.add(fields);
        }
    }

    static ChecklistForm empty() {
        return new ChecklistForm();
    }

    /** The form for a new revision, with the barriers as the latest revision has them (the agreement is new). */
    static ChecklistForm from(Checklist latest) {
        ChecklistForm form = empty();
        if (latest == null) {
            return form;
        }
        for (BarrierFields fields : form.barriers) {
            latest.line(fields.getBarrier()).ifPresent(line -> {
                fields.setPresent(line.isPresent());
                fields.setDetail(line.getDetail());
                fields.setStrategy(line.getStrategy());
                fields.setOwner(line.getOwner());
                fields.setReviewOn(DateInput.of(line.getReviewOn()));
            });
        }
        return form;
    }

    /**
     * What the boxes themselves get wrong, before any rule: a review date that is not a real date, and a form that
     * does not have one block per barrier (only a tampered request sends that).
     */
    List<RuleViolationException> formProblems() {
        List<RuleViolationException> problems = new ArrayList<>();
        List<Barrier> sent = barriers.stream().map(BarrierFields::getBarrier).toList();
        if (!sent.equals(List.of(Barrier.values()))) {
            problems.add(new RuleViolationException(null, "Answer every barrier on the checklist"));
            return problems;
        }
        for (int i = 0; i < barriers.size(); i++) {
            DateInput reviewOn = barriers.get(i).getReviewOn();
            if (Boolean.TRUE.equals(barriers.get(i).getPresent())
                    && reviewOn != null
                    && !reviewOn.isEmpty()
                    && reviewOn.toLocalDate() == null) {
                problems.add(new RuleViolationException(
                        "barriers[" + i + "].reviewOn",
                        "The review date for " + barriers.get(i).getBarrier().inSentence() + " must be a real date"));
            }
        }
        return problems;
    }

    ChecklistAnswers toAnswers() {
        return new ChecklistAnswers(
                reason,
                barriers.stream()
                        .map(b -> new ChecklistAnswers.BarrierAnswer(
                                b.getBarrier(),
                                b.getPresent(),
                                b.getDetail(),
                                b.getStrategy(),
                                b.getOwner(),
                                b.getReviewOn() == null ? null : b.getReviewOn().toLocalDate()))
                        .toList(),
                personAgreed,
                Boolean.TRUE.equals(personAgreed) ? agreedOn.toLocalDate() : null);
    }

    /** The fields in page order, for the error summary. */
    static String fieldOrder() {
        List<String> fields = new ArrayList<>();
        fields.add("reason");
        for (int i = 0; i < Barrier.values().length; i++) {
            for (String field : List.of("present", "detail", "strategy", "owner", "reviewOn")) {
                fields.add("barriers[" + i + "]." + field);
            }
        }
        fields.add("personAgreed");
        fields.add("agreedOn");
        return String.join(",", fields);
    }

    public List<BarrierFields> getBarriers() {
        return barriers;
    }

    public void setBarriers(List<BarrierFields> barriers) {
        this.barriers = barriers;
    }

    public ChecklistReason getReason() {
        return reason;
    }

    public void setReason(ChecklistReason reason) {
        this.reason = reason;
    }

    public Boolean getPersonAgreed() {
        return personAgreed;
    }

    public void setPersonAgreed(Boolean personAgreed) {
        this.personAgreed = personAgreed;
    }

    public DateInput getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(DateInput agreedOn) {
        this.agreedOn = agreedOn;
    }

    /** One barrier's block. */
    public static class BarrierFields {

        private Barrier barrier;
        private Boolean present;
        private String detail;
        private String strategy;
        private String owner;
        private DateInput reviewOn = new DateInput();

        public Barrier getBarrier() {
            return barrier;
        }

        public void setBarrier(Barrier barrier) {
            this.barrier = barrier;
        }

        public Boolean getPresent() {
            return present;
        }

        public void setPresent(Boolean present) {
            this.present = present;
        }

        public String getDetail() {
            return detail;
        }

        public void setDetail(String detail) {
            this.detail = detail;
        }

        public String getStrategy() {
            return strategy;
        }

        public void setStrategy(String strategy) {
            this.strategy = strategy;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public DateInput getReviewOn() {
            return reviewOn;
        }

        public void setReviewOn(DateInput reviewOn) {
            this.reviewOn = reviewOn;
        }
    }
}
