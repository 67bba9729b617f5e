package org.throughcare.web;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts the error summary in the order the fields appear on the page, one message per field, with
 * whole-form messages first, as the GOV.UK error summary asks. Bean Validation reports in no fixed order.
 */
@Component("errorSummary")
public class ErrorSummary {

    public List<DetailedError> inPageOrder(List<DetailedError> errors, String fieldOrder) {
        List<String> order = fieldOrder == null
                ? List.of()
                : Arrays.stream(fieldOrder.split(",")).map(String::trim).toList();
        Set<String> seen = new HashSet<>();
        List<DetailedError> result = new ArrayList<>();
        errors.stream()
                .sorted(Comparator.comparingInt((DetailedError e) -> rank(e, order)))
                .forEach(e -> {
                    if (e.isGlobal() || seen.add(e.getFieldName())) {
                        result.add(e);
                    }
                });
        return result;
    }

    private static int rank(DetailedError error, List<String> order) {
        if (error.isGlobal()) {
            return -1;
        }
        int index = order.indexOf(error.getFieldName());
        return index < 0 ? order.size() : index;
    }
}
