package org.throughcare.user;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The index of the reference data administrators maintain, whichever modules it belongs to. */
@Controller
class ReferenceDataController {

    private final ReferenceDataCatalogue catalogue;

    ReferenceDataController(ReferenceDataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/admin/reference-data")
    @ForAdministrators
    String index(Model model) {
        model.addAttribute("lists", catalogue.lists());
        return "user/reference-data";
    }
}
