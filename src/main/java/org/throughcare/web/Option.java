package org.throughcare.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One choice in a radios, checkboxes or select fragment. */
public record Option(String value, String text, String hint) {

    public static Option of(Object value, String text) {
        return new Option(String.valueOf(value), text, null);
    }

    public static <E extends Enum<E>> List<Option> fromEnum(Class<E> type, Function<E, String> text) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> of(e.name(), text.apply(e)))
                .toList();
    }
}
