package org.throughcare.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.ArrayList;
import java.util.List;

/** Renders every form and display fragment on one test page, so their markup can be checked. */
@Controller
class FragmentsTestController {

    public static class SampleForm {
        @NotBlank(message = "Enter a name")
        private String name;

        @NotBlank(message = "Enter some notes")
        private String notes;

        @NotNull(message = "Select a colour")
        private String colour;

        @NotEmpty(message = "Select at least one substance")
        private List<String> substances = new ArrayList<>();

        @NotNull(message = "Select a team")
        private String team;

        @Valid
        @ValidDate(name = "the date of birth", required = true)
        private DateInput born = new DateInput();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public String getColour() {
            return colour;
        }

        public void setColour(String colour) {
            this.colour = colour;
        }

        public List<String> getSubstances() {
            return substances;
        }

        public void setSubstances(List<String> substances) {
            this.substances = substances;
        }

        public String getTeam() {
            return team;
        }

        public void setTeam(String team) {
            this.team = team;
        }

        public DateInput getBorn() {
            return born;
        }

        public void setBorn(DateInput born) {
            this.born = born;
        }
    }

    @GetMapping("/test/fragments")
    @PreAuthorize("hasRole('ADMIN')")
    String show(Model model) {
        SampleForm form = new SampleForm();
        form.setName("Sam");
        form.setColour("green");
        form.setSubstances(List.of("HEROIN", "CRACK"));
        form.setBorn(new DateInput("3", "4", "1990"));
        model.addAttribute("sample", form);
        return page(model);
    }

    @PostMapping("/test/fragments")
    @PreAuthorize("hasRole('ADMIN')")
    String submit(@Valid @ModelAttribute("sample") SampleForm form, BindingResult result, Model model) {
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("colours", List.of(Option.of("red", "Red"), new Option("green", "Green", "Like grass")));
        model.addAttribute(
                "substanceOptions",
                List.of(
                        Option.of("HEROIN", "Heroin"),
                        Option.of("CRACK", "Crack cocaine"),
                        Option.of("CANNABIS", "Cannabis")));
        model.addAttribute("teams", List.of(Option.of("1", "Leeds"), Option.of("2", "Bradford")));
        model.addAttribute(
                "rows", List.of(SummaryRow.of("Name", "Sam"), new SummaryRow("Team", "Leeds", "/x", "Change")));
        model.addAttribute("head", List.of(Cell.text("Name"), Cell.number(1)));
        model.addAttribute("tableRows", List.of(List.of(Cell.link("Sam", "/people/1"), Cell.tag("Active", "green"))));
        return "test/fragments";
    }
}
