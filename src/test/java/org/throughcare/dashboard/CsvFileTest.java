package org.throughcare.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFileTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try (CsvFile csv = CsvFile.open(response, "x.csv", List.of("Name", "Note"))) {
            csv.row(List.of("O'Hara, Ann", "said \"no\""));
            csv.row(List.of("=HYPERLINK(\"x\")", "two\nlines"));
            csv.row(List.of("-12", "+44 113"));
        }

        assertThat(response.getContentAsString())
                .isEqualTo("Name,Note\r\n"
                        + "\"O'Hara, Ann\",\"said \"\"no\"\"\"\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",\"two\nlines\"\r\n"
                        + "-12,'+44 113\r\n");
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
    }
}
