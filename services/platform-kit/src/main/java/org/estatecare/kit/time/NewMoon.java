package org.estatecare.kit.time;

import java.time.Instant;

/**
 * The instant of a new moon (conjunction), from the lunar theory of Meeus, <i>Astronomical
 * Algorithms</i>, ch. 49 (within seconds of the full theory for our centuries). ICU's own lunar theory
 * is minutes off, which moves the first day of a month when the conjunction is near midnight in Beijing
 * (Chinese New Year 2027 and 2030 among them); this is what corrects it.
 */
final class NewMoon {

    /** Julian ephemeris day of 1970-01-01T00:00 (Unix epoch). */
    private static final double UNIX_EPOCH_JD = 2440587.5;
    private static final double SYNODIC_MONTH = 29.530588861;
    /** Lunation 0: the new moon of 2000-01-06. */
    private static final double LUNATION_ZERO_JDE = 2451550.09766;

    private static final double[] PLANETARY_COEFFICIENTS = {0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062,
            0.000060, 0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023};

    private NewMoon() {
    }

    /** The new moon nearest to {@code near}. */
    static Instant nearest(Instant near) {
        double jd = near.toEpochMilli() / 86_400_000.0 + UNIX_EPOCH_JD;
        long k = Math.round((jd - LUNATION_ZERO_JDE) / SYNODIC_MONTH);
        return of(k);
    }

    /** The new moon of lunation {@code k} (0 = 2000-01-06), in UT. */
    static Instant of(long lunation) {
        double k = lunation;
        double t = k / 1236.85;
        double jde = LUNATION_ZERO_JDE + SYNODIC_MONTH * k + 0.00015437 * t * t - 0.000000150 * t * t * t
                + 0.00000000073 * t * t * t * t;
        double e = 1 - 0.002516 * t - 0.0000074 * t * t;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
                - 0.000000058 * t * t * t * t);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
                + 0.000000011 * t * t * t * t);
        double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);

        jde += -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        double[] planetary = {
                299.77 + 0.107408 * k - 0.009173 * t * t,
                251.88 + 0.016321 * k,
                251.83 + 26.651886 * k,
                349.42 + 36.412478 * k,
                84.66 + 18.206239 * k,
                141.74 + 53.303771 * k,
                207.14 + 2.453732 * k,
                154.84 + 7.306860 * k,
                34.52 + 27.261239 * k,
                207.19 + 0.121824 * k,
                291.34 + 1.844379 * k,
                161.72 + 24.198154 * k,
                239.56 + 25.513099 * k,
                331.55 + 3.592518 * k};
        for (int i = 0; i < planetary.length; i++) {
            jde += PLANETARY_COEFFICIENTS[i] * Math.sin(rad(planetary[i]));
        }
        double ut = jde - deltaTSeconds(2000 + k / 12.3685) / 86_400.0;
        return Instant.ofEpochMilli(Math.round((ut - UNIX_EPOCH_JD) * 86_400_000.0));
    }

    /**
     * TT − UT in seconds (Espenak–Meeus polynomials, NASA eclipse pages). Beyond the 2020s it is a
     * forecast; the error is a minute or two by 2100, which only matters for a conjunction that close
     * to midnight.
     */
    static double deltaTSeconds(double year) {
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        if (year < 2150) {
            double u = (year - 1820) / 100;
            return -20 + 32 * u * u - 0.5628 * (2150 - year);
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}
