package org.throughcare.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thymeleaf.spring6.util.DetailedError;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorSummaryTest {

    private final ErrorSummary summary = new ErrorSummary();

    /**
     * errors: "field:message" separated by spaces, "*" for a whole-form error; expected: the messages in the
     * order the summary lists them.
     */
    @ParameterizedTest(name = "[{index}] order={0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "name,area          | area:a1 name:n1                  | n1 a1",
                "name,area          | name:n1 area:a1                  | n1 a1",
                "name, area         | area:a1 name:n1                  | n1 a1",
                "name,area          | area:a1 *:form name:n1           | form n1 a1",
                "name,area          | *:first area:a1 *:second         | first second a1",
                "name,area          | name:n1 name:n2 area:a1          | n1 a1",
                "name,area          | name:n2 area:a1 name:n1          | n2 a1",
                "name,area          | other:o1 area:a1 name:n1         | n1 a1 o1",
                "name,area          | other:o1 extra:e1 name:n1        | n1 o1 e1",
                "none               | b:b1 a:a1 *:form                 | form b1 a1",
                "''                 | b:b1 a:a1                        | b1 a1",
                "from,to            | to:t1 from:f1 to:t2              | f1 t1",
            })
    void listsOneErrorPerFieldInPageOrderWithWholeFormErrorsFirst(String order, String errors, String expected) {
        List<DetailedError> input = Arrays.stream(errors.trim().split("\\s+"))
                .map(ErrorSummaryTest::error)
                .toList();

        List<DetailedError> listed = summary.inPageOrder(input, order);

        assertThat(listed.stream().map(DetailedError::getMessage).collect(Collectors.joining(" ")))
                .isEqualTo(expected);
    }

    private static DetailedError error(String spec) {
        String[] parts = spec.split(":", 2);
        String field = "*".equals(parts[0]) ? null : parts[0];
        return field == null
                ? new DetailedError("code", null, parts[1])
                : new DetailedError(field, "code", null, parts[1]);
    }
}
