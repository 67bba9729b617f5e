package org.throughcare.user;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's home page: where users, teams and the audit log are managed. */
@Controller
class AdminHomeController {

    private final ReferenceDataCatalogue referenceData;

    AdminHomeController(ReferenceDataCatalogue referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/admin")
    @ForAdministrators
    String home(Model model) {
        model.addAttribute("referenceData", referenceData.lists());
        return "user/admin-home";
    }
}
