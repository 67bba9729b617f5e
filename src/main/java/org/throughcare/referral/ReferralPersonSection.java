package org.throughcare.referral;

import org.springframework.stereotype.Component;
import org.throughcare.person.PersonPageSection;
import org.throughcare.person.PersonRecord;
import org.throughcare.user.RoleGroup;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.Cell;

import java.util.List;

/** Referrals on the person page: each with where it went, from which stage, when, and its status. */
@Component
class ReferralPersonSection implements PersonPageSection<ReferralPersonSection.Model> {

    /** What referral/person-section shows. */
    record Model(Long personId, List<Cell> head, List<List<Cell>> rows, boolean canRefer) {}

    private final ReferralService referrals;
    private final ReferralTables tables;

    ReferralPersonSection(ReferralService referrals, ReferralTables tables) {
        this.referrals = referrals;
        this.tables = tables;
    }

    @Override
    public int position() {
        return 60;
    }

    @Override
    public String id() {
        return "referrals";
    }

    @Override
    public String title() {
        return "Referrals";
    }

    @Override
    public String fragment() {
        return "referral/person-section :: section";
    }

    @Override
    public Model model(PersonRecord person, SignedInUser user) {
        Long personId = person.person().getId();
        return new Model(
                personId,
                ReferralTables.PERSON_HEAD,
                tables.personRows(referrals.forPerson(personId, user)),
                RoleGroup.WORKERS.includes(user.role()));
    }
}
