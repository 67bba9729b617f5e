package org.throughcare.person;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.throughcare.user.UserDirectory;
import org.throughcare.web.Option;

import java.util.Arrays;
import java.util.List;

/** The choices the person form offers, in the order users expect. */
@Component
class PersonOptions {

    private final UserDirectory directory;

    PersonOptions(UserDirectory directory) {
        this.directory = directory;
    }

    void addTo(Model model) {
        model.addAttribute("statedSexOptions", Option.fromEnum(StatedSex.class, StatedSex::label));
        model.addAttribute("genderIdentityOptions", Option.fromEnum(GenderIdentity.class, GenderIdentity::label));
        model.addAttribute(
                "ethnicityOptions",
                Arrays.stream(Ethnicity.values())
                        .map(e -> Option.of(e.name(), e.fullLabel()))
                        .toList());
        model.addAttribute("housingOptions", Option.fromEnum(HousingStatus.class, HousingStatus::label));
        model.addAttribute("substanceOptions", Option.fromEnum(Substance.class, Substance::label));
        model.addAttribute("routeOptions", Option.fromEnum(Route.class, Route::label));
        model.addAttribute("injectingOptions", Option.fromEnum(InjectingStatus.class, InjectingStatus::label));
        model.addAttribute("flagOptions", Option.fromEnum(PersonFlag.class, PersonFlag::label));
        model.addAttribute("yesNoOptions", List.of(Option.of(true, "Yes"), Option.of(false, "No")));
        model.addAttribute("forceOptions", forceOptions());
    }

    List<Option> forceOptions() {
        return directory.policeForceAreas().stream()
                .map(a -> Option.of(a.id(), a.name()))
                .toList();
    }
}
