package org.estatecare.subsidies.ledger;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of the subsidy ledger (R-SUB-3): a street's part of a run approved or paid, with the digest of the lines
 * it covers, chained to the entry before by that entry's hash. Changing any stored entry, or a line it covers, breaks
 * the chain from there on.
 */
public record LedgerEntry(long sequence, String previousHash, LedgerKind kind, String runId, String period, String street,
                          BigDecimal amount, int lines, String linesDigest, String paymentReference, String recordedBy,
                          Instant recordedAt, String hash) {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** What an entry is before it is chained: everything but its place and hashes. */
    public record Draft(LedgerKind kind, String runId, String period, String street, BigDecimal amount, int lines,
                        String linesDigest, String paymentReference, String recordedBy, Instant recordedAt) {

        LedgerEntry after(LedgerEntry head) {
            long sequence = head == null ? 1 : head.sequence() + 1;
            String previous = head == null ? GENESIS : head.hash();
            LedgerEntry unhashed = new LedgerEntry(sequence, previous, kind, runId, period, street, amount.setScale(2),
                    lines, linesDigest, paymentReference, recordedBy, recordedAt, null);
            return unhashed.withHash(unhashed.computedHash());
        }
    }

    LedgerEntry withHash(String newHash) {
        return new LedgerEntry(sequence, previousHash, kind, runId, period, street, amount, lines, linesDigest,
                paymentReference, recordedBy, recordedAt, newHash);
    }

    /** SHA-256 of the entry's fields in a fixed order, the previous hash among them. */
    public String computedHash() {
        String canonical = String.join("|", Long.toString(sequence), previousHash, kind.name(), runId, period, street,
                amount.setScale(2).toPlainString(), Integer.toString(lines), linesDigest,
                paymentReference == null ? "" : paymentReference, recordedBy, Long.toString(recordedAt.toEpochMilli()));
        return sha256(canonical);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
