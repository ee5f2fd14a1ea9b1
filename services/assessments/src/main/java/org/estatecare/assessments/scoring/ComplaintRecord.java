package org.estatecare.assessments.scoring;

/**
 * A company's complaint handling in a spell: complaints resolved (and how many by its own deadlines) and
 * complaints closed (and how many of the complainants were satisfied).
 */
public record ComplaintRecord(int resolved, int resolvedOnTime, int closed, int satisfied) {

    /** No complaint to handle. */
    public static final ComplaintRecord NONE = new ComplaintRecord(0, 0, 0, 0);

    public ComplaintRecord {
        if (resolved < 0 || closed < 0 || resolvedOnTime < 0 || satisfied < 0) {
            throw new IllegalArgumentException("complaint counts are never negative");
        }
        if (resolvedOnTime > resolved || satisfied > closed) {
            throw new IllegalArgumentException("on-time and satisfied complaints are among those resolved and closed");
        }
    }
}
