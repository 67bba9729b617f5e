package org.throughcare.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Month names as tables and charts show them, and a chart of one monthly figure. */
final class Months {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private Months() {}

    static String name(YearMonth month) {
        return NAME.format(month);
    }

    static String shortName(YearMonth month) {
        return SHORT.format(month);
    }

    static <R> BarChart chart(String title, List<R> months, Function<R, YearMonth> month, Function<R, Number> value) {
        return BarChart.of(
                title,
                months.stream().map(m -> name(month.apply(m))).toList(),
                months.stream().map(m -> shortName(month.apply(m))).toList(),
                months.stream().map(value).toList());
    }

    static <R> long sum(List<R> rows, ToLongFunction<R> value) {
        return rows.stream().mapToLong(value).sum();
    }
}
