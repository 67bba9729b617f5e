package org.throughcare.dashboard;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Manager home page: caseload and performance dashboards. */
@Controller
class ManagerHomeController {

    static final String VIEW = "dashboard/home";

    @GetMapping("/manager")
    @PreAuthorize("hasRole('MANAGER')")
    String home() {
        return VIEW;
    }
}
