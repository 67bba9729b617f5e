package org.throughcare.user;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's home page: where users, teams and the audit log are managed. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    @PreAuthorize("hasRole('ADMIN')")
    String home() {
        return "user/admin-home";
    }
}
