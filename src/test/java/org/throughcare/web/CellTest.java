package org.throughcare.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellTest {

    @Test
    void textIsEscapedAsThymeleafWouldWriteIt() {
        assertThat(Cell.text("<script>alert('x')</script> & \"more\"").html())
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;");
    }

    @Test
    void charactersOutsideMarkupAreWrittenAsTheyAre() {
        assertThat(Cell.text("Attended – £5 café’s").html()).isEqualTo("Attended – £5 café’s");
    }

    @Test
    void aLinkEscapesItsHrefAndText() {
        assertThat(Cell.link("O'Brien <b>", "/people?q=a\"b&c=1").html())
                .isEqualTo("<a class=\"govuk-link\" href=\"/people?q=a&quot;b&amp;c=1\">O&#39;Brien &lt;b&gt;</a>");
    }

    @Test
    void aTagCarriesItsColour() {
        assertThat(Cell.tag("Breach", "red").html())
                .isEqualTo("<strong class=\"govuk-tag govuk-tag--red\">Breach</strong>");
    }

    @Test
    void nullTextIsEmpty() {
        assertThat(new Cell(null, null, null, false).html()).isEmpty();
    }

    @Test
    void numbersAreRightAligned() {
        assertThat(Cell.number(12).cssClass()).isEqualTo("govuk-table__cell govuk-table__cell--numeric");
        assertThat(Cell.text("12").cssClass()).isEqualTo("govuk-table__cell");
    }
}
