package org.throughcare.custody;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The index of the reference data administrators maintain. */
@Controller
class ReferenceDataController {

    @GetMapping("/admin/reference-data")
    @PreAuthorize("hasRole('ADMIN')")
    String index() {
        return "custody/admin/index";
    }
}
