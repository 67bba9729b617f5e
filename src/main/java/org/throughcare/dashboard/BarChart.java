package org.throughcare.dashboard;

import java.util.List;

/**
 * A bar chart drawn on the server as SVG (dashboard/chart.html), so it needs no script. It repeats what the table
 * beside it says, which is what assistive technology reads: the SVG is hidden from it.
 */
record BarChart(String title, List<Bar> bars, long max, int step) {

    /** Plot area height in SVG units. */
    static final int HEIGHT = 160;

    record Bar(String label, String shortLabel, double value, int x, int height) {}

    static BarChart of(String title, List<String> labels, List<String> shortLabels, List<? extends Number> values) {
        double top = values.stream()
                .mapToDouble(v -> v == null ? 0 : v.doubleValue())
                .max()
                .orElse(0);
        long max = top <= 0 ? 1 : (long) Math.ceil(top);
        // Wide enough for the longest label at about 7 units a character.
        int width =
                Math.max(40, shortLabels.stream().mapToInt(String::length).max().orElse(0) * 7 + 8);
        List<Bar> bars = new java.util.ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i) == null ? 0 : values.get(i).doubleValue();
            bars.add(new Bar(
                    labels.get(i), shortLabels.get(i), value, 40 + i * width, (int) Math.round(HEIGHT * value / max)));
        }
        return new BarChart(title, bars, max, width);
    }

    public int width() {
        return 40 + bars.size() * step + 10;
    }
}
