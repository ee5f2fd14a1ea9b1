package org.estatecare.subsidies.ledger;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.estatecare.kit.domain.Implements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The append-only, hash-chained subsidy ledger (R-SUB-3). An entry's {@code _id} is its sequence, so appending is
 * conditional on the chain's head: two replicas appending at once cannot both take the next place, and the one that
 * loses chains again after the winner. Nothing here updates or removes an entry.
 */
@Component
@Implements("R-SUB-3")
public class Ledger {

    static final String COLLECTION = "subsidy_ledger";
    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final String collection;

    @Autowired
    public Ledger(MongoTemplate mongo) {
        this(mongo, COLLECTION);
    }

    /** A ledger kept in {@code collection}: the service's is {@value #COLLECTION}. */
    public Ledger(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
        // each street's approval and payment of a run is recorded once, whoever completes it
        mongo.indexOps(collection).createIndex(new org.springframework.data.mongodb.core.index.Index()
                .on("runId", Sort.Direction.ASC).on("street", Sort.Direction.ASC).on("kind", Sort.Direction.ASC).unique());
    }

    /**
     * Appends the entry unless the ledger already records this kind for the run's street (a completion pass after a
     * failure, or two replicas completing the same run): each is recorded once.
     */
    public LedgerEntry appendOnce(LedgerEntry.Draft draft) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<LedgerEntry> recorded = Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("runId")
                    .is(draft.runId()).and("street").is(draft.street()).and("kind").is(draft.kind().name())), Document.class,
                    collection)).map(Ledger::read);
            if (recorded.isPresent()) {
                return recorded.get();
            }
            LedgerEntry entry = draft.after(head().orElse(null));
            try {
                mongo.insert(write(entry), collection);
                return entry;
            } catch (DuplicateKeyException anotherAppendedFirst) {
                // the place was taken, or the same entry was appended meanwhile: look again
            }
        }
        throw new IllegalStateException("the ledger's head kept moving while appending " + draft);
    }

    public Optional<LedgerEntry> head() {
        Query last = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        return Optional.ofNullable(mongo.findOne(last, Document.class, collection)).map(Ledger::read);
    }

    /** Entries from {@code fromSequence} on, oldest first, at most {@code limit}. */
    public List<LedgerEntry> entries(long fromSequence, int limit) {
        Query query = Query.query(Criteria.where("_id").gte(fromSequence)).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, Document.class, collection).stream().map(Ledger::read).toList();
    }

    /** A page of entries, oldest first. */
    public Page<LedgerEntry> page(Pageable page) {
        long total = mongo.count(new Query(), collection);
        Query query = new Query().with(Sort.by("_id")).skip(page.getOffset()).limit(page.getPageSize());
        return new PageImpl<>(mongo.find(query, Document.class, collection).stream().map(Ledger::read).toList(), page, total);
    }

    public long size() {
        return mongo.count(new Query(), collection);
    }

    /** The result of walking the whole chain: intact, or the first entry that breaks it and why. */
    public record Verification(boolean intact, long entries, Long firstBroken, String problem, String headHash) {
    }

    /**
     * Walks the chain from the first entry: each must follow the one before (its place and previous hash), hash to
     * what it says, and cover lines whose digest is still what it recorded ({@code linesDigest} gives the digest of a
     * run's street as stored now).
     */
    public Verification verify(BiFunction<String, String, String> linesDigest) {
        long expected = 1;
        String previous = LedgerEntry.GENESIS;
        long count = 0;
        int page = 1000;
        while (true) {
            List<LedgerEntry> batch = entries(expected, page);
            for (LedgerEntry entry : batch) {
                count++;
                String problem = entry.sequence() != expected ? "entry " + expected + " is missing"
                        : !entry.previousHash().equals(previous) ? "does not follow the entry before it"
                        : !entry.computedHash().equals(entry.hash()) ? "its content does not match its hash"
                        : !entry.linesDigest().equals(linesDigest.apply(entry.runId(), entry.street()))
                        ? "the lines it covers were changed" : null;
                if (problem != null) {
                    return new Verification(false, count, entry.sequence() != expected ? expected : entry.sequence(), problem,
                            null);
                }
                previous = entry.hash();
                expected++;
            }
            if (batch.size() < page) {
                return new Verification(true, count, null, null, count == 0 ? null : previous);
            }
        }
    }

    private static Document write(LedgerEntry e) {
        return new Document("_id", e.sequence()).append("previousHash", e.previousHash()).append("kind", e.kind().name())
                .append("runId", e.runId()).append("period", e.period()).append("street", e.street())
                .append("amount", new Decimal128(e.amount())).append("lines", e.lines()).append("linesDigest", e.linesDigest())
                .append("paymentReference", e.paymentReference()).append("recordedBy", e.recordedBy())
                .append("recordedAt", Date.from(e.recordedAt())).append("hash", e.hash());
    }

    private static LedgerEntry read(Document d) {
        Object amount = d.get("amount");
        BigDecimal value = amount instanceof Decimal128 decimal ? decimal.bigDecimalValue() : new BigDecimal(String.valueOf(amount));
        return new LedgerEntry(((Number) d.get("_id")).longValue(), d.getString("previousHash"),
                LedgerKind.valueOf(d.getString("kind")), d.getString("runId"), d.getString("period"), d.getString("street"),
                value, d.getInteger("lines", 0), d.getString("linesDigest"), d.getString("paymentReference"),
                d.getString("recordedBy"), d.getDate("recordedAt").toInstant(), d.getString("hash"));
    }
}
