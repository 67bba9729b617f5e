package org.throughcare.custody;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Custody drug worker home page: the worklist of tests and required assessments. */
@Controller
class CustodyHomeController {

    static final String VIEW = "custody/home";

    @GetMapping("/custody")
    @PreAuthorize("hasRole('CUSTODY_WORKER')")
    String home() {
        return VIEW;
    }
}
