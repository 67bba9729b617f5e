package org.throughcare.person;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.throughcare.user.ForWorkersAndManagers;
import org.throughcare.user.SignedInUser;

/** A person's pathway timeline: the product's one view of the whole pathway, printable. */
@Controller
class TimelineController {

    private final PathwayTimeline timeline;

    TimelineController(PathwayTimeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/people/{id}/timeline")
    @ForWorkersAndManagers
    String timeline(@PathVariable Long id, Model model, @AuthenticationPrincipal SignedInUser user) {
        timeline.addTo(model, id, user);
        return "person/timeline";
    }
}
