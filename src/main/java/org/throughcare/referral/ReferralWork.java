package org.throughcare.referral;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.throughcare.user.SignedInUser;
import org.throughcare.web.WorkList;

/**
 * The referral lists a home page shows, first rows only with a link to the whole list: the published way other
 * modules' home pages (treatment) put a team's referral work in front of it, as {@link WorkList}s.
 */
@Component
public class ReferralWork {

    static final int HOME_ROWS = 10;

    private final ReferralService referrals;
    private final ReferralTables tables;

    ReferralWork(ReferralService referrals, ReferralTables tables) {
        this.referrals = referrals;
        this.tables = tables;
    }

    /** Referrals to the user's team not yet acknowledged, urgent first. */
    public WorkList incomingToAcknowledge(SignedInUser user) {
        return list(
                ReferralController.ReferralList.INCOMING,
                referrals.incomingAwaiting(user, 0, HOME_ROWS, ReferralService.ListOrder.URGENT),
                user);
    }

    /** Referrals the user's team is working: acknowledged, not yet completed or closed. */
    public WorkList inProgress(SignedInUser user) {
        return list(
                ReferralController.ReferralList.IN_PROGRESS,
                referrals.incomingInProgress(user, 0, HOME_ROWS, ReferralService.ListOrder.OLDEST),
                user);
    }

    /** Referrals the user's team sent that have had no response, oldest first. */
    public WorkList sentAwaitingResponse(SignedInUser user) {
        return list(
                ReferralController.ReferralList.OUTGOING,
                referrals.outgoingAwaiting(user, 0, HOME_ROWS, ReferralService.ListOrder.OLDEST),
                user);
    }

    private WorkList list(ReferralController.ReferralList which, Page<Referral> page, SignedInUser user) {
        return new WorkList(
                which.title(),
                which.empty(),
                ReferralTables.LIST_HEAD,
                tables.listRows(page.getContent(), user),
                page.getTotalElements(),
                "/referrals?list=" + which.slug());
    }
}
