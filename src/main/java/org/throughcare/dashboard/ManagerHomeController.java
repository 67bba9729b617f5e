package org.throughcare.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.throughcare.user.ForManagers;

/** Manager home page: caseload and performance dashboards. */
@Controller
class ManagerHomeController {

    static final String VIEW = "dashboard/home";

    @GetMapping("/manager")
    @ForManagers
    String home() {
        return VIEW;
    }
}
