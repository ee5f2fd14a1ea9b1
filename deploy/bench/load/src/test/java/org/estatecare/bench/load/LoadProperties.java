package org.estatecare.bench.load;

import java.net.URI;
import java.time.Duration;

/**
 * One run of the benchmark: the arrival rate of the district's mix, how long it is held, and the exits
 * whose propagation is timed alongside. Each from a system property ({@code -Dload.rate=20}), else its default.
 *
 * @param gateway           where every measured call goes
 * @param issuer            the realm whose token endpoint signs the development users in
 * @param rate              arrivals of the mix per second; each arrival is one call
 * @param hold              how long the rate is held
 * @param exitEvery         one estate exits this often while the mix runs (zero: no propagation measured)
 * @param pollEvery         how often the exited estate's agreement is read until it shows ended
 * @param propagationBound  an agreement not ended this long after its estate's exit counts as not propagated
 * @param p99Goal           the 99th percentile of response times a held rate stays under
 * @param propagationReport where the propagation samples of this run are written (JSON)
 */
record LoadProperties(URI gateway, URI issuer, double rate, Duration hold, Duration exitEvery, Duration pollEvery,
                      Duration propagationBound, int p99Goal, String propagationReport) {

    LoadProperties {
        if (rate <= 0) {
            throw new IllegalArgumentException("load.rate must be positive, was " + rate);
        }
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("load.seconds must be positive");
        }
        if (pollEvery.isNegative() || pollEvery.isZero()) {
            throw new IllegalArgumentException("load.poll-ms must be positive");
        }
    }

    static LoadProperties fromSystem() {
        return new LoadProperties(
                URI.create(get("load.gateway", "http://127.0.0.1:8080")),
                URI.create(get("load.issuer", "http://127.0.0.1:8180/realms/estatecare")),
                Double.parseDouble(get("load.rate", "10")),
                Duration.ofSeconds(Long.parseLong(get("load.seconds", "60"))),
                Duration.ofMillis(Long.parseLong(get("load.exit-every-ms", "2000"))),
                Duration.ofMillis(Long.parseLong(get("load.poll-ms", "25"))),
                Duration.ofSeconds(Long.parseLong(get("load.propagation-bound-seconds", "30"))),
                Integer.parseInt(get("load.p99-ms", "500")),
                get("load.propagation-report", "target/gatling/propagation.json"));
    }

    /** Estates that exit during the run: one per {@link #exitEvery}, none when it is zero. */
    int exits() {
        return exitEvery.isZero() ? 0 : (int) (hold.toMillis() / exitEvery.toMillis());
    }

    private static String get(String property, String defaultValue) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
