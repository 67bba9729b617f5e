package org.throughcare.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryRowTest {

    @Test
    void aRowWithoutActionIsMarkedSoAndEscaped() {
        SummaryRow row = SummaryRow.of("Name <b>", "O'Brien & \"Co\"");

        assertThat(row.cssClass()).isEqualTo("govuk-summary-list__row govuk-summary-list__row--no-actions");
        assertThat(row.html())
                .isEqualTo("<dt class=\"govuk-summary-list__key\">Name &lt;b&gt;</dt>"
                        + "<dd class=\"govuk-summary-list__value\">O&#39;Brien &amp; &quot;Co&quot;</dd>");
    }

    @Test
    void anActionSaysWhatItChangesToScreenReaders() {
        SummaryRow row = new SummaryRow("Team", "Leeds – north", "/cases/1?to=a&b=\"c\"", null);

        assertThat(row.cssClass()).isEqualTo("govuk-summary-list__row");
        assertThat(row.html())
                .endsWith("<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" "
                        + "href=\"/cases/1?to=a&amp;b=&quot;c&quot;\">Change"
                        + "<span class=\"govuk-visually-hidden\"> team</span></a></dd>")
                .contains("Leeds – north");
    }

    @Test
    void anActionCanNameItself() {
        assertThat(new SummaryRow("Latest test", "Positive", "/custody/events/9", "Open").html())
                .contains(">Open<span class=\"govuk-visually-hidden\"> latest test</span></a>");
    }
}
