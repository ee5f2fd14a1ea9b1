package org.estatecare.testing;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/** Reading a Prometheus text exposition ({@code /actuator/prometheus}) in tests: names and values. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** Every metric name with at least one sample. */
    public static Set<String> names(String exposition) {
        Set<String> names = new TreeSet<>();
        exposition.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        return names;
    }

    /** The value of the first sample of {@code metric} carrying all of {@code labels}. */
    public static OptionalDouble value(String exposition, String metric, Map<String, String> labels) {
        return exposition.lines().filter(line -> line.startsWith(metric + "{"))
                .filter(line -> labels.entrySet().stream().allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst();
    }
}
