package org.estatecare.agreements.upgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.bson.Document;
import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.company.ServiceCompany;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.persistence.StoredDataUpgrade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Agreements and companies whose history was stored before the platform's one history shape are
 * rewritten to it: an agreement's lines {@code {action, at, actor, status, note}} and a company's
 * {@code statusHistory} lines {@code {status, at, actor, reason}} become {@link HistoryEntry} lines
 * ({@code recordedAt}, {@code toStatus}, {@code fromStatus} where the status moved, the company's
 * action named from the move). Each document is loaded, rewritten, checked to read as today's
 * aggregate and written back only if its version is still the one loaded (the write moves it on);
 * one changed meanwhile is left for the next start.
 */
@Component
public class HistoryShapeUpgrade extends StoredDataUpgrade {

    private static final Logger log = LoggerFactory.getLogger(HistoryShapeUpgrade.class);
    static final String MARK = "agreement-and-company-history-shape";

    HistoryShapeUpgrade(MongoTemplate mongo) {
        super(mongo, MARK);
    }

    @Override
    public int upgrade() {
        return rewrite(Agreement.class, "history", HistoryShapeUpgrade::agreementLines)
                + rewrite(ServiceCompany.class, "statusHistory", HistoryShapeUpgrade::companyLines);
    }

    /** Rewrites the documents of {@code type} with a line of {@code field} in the old shape; how many were left. */
    private int rewrite(Class<?> type, String field, Function<List<Document>, List<Document>> upgradeLines) {
        String collection = mongo.getCollectionName(type);
        Query old = Query.query(Criteria.where(field + ".at").exists(true));
        int upgraded = 0;
        int left = 0;
        for (Document stored : mongo.find(old, Document.class, collection)) {
            Document upgradedDocument = new Document(stored);
            upgradedDocument.remove(field);
            upgradedDocument.put("history", upgradeLines.apply(stored.getList(field, Document.class)));
            try {
                mongo.getConverter().read(type, upgradedDocument);
            } catch (RuntimeException unreadable) {
                left++;
                log.warn("{} {} does not read even in today's history shape; left as stored: {}", collection, stored.get("_id"),
                        unreadable.getMessage());
                continue;
            }
            Update update = new Update().set("history", upgradedDocument.get("history")).inc("version", 1);
            if (!field.equals("history")) {
                update.unset(field);
            }
            Query unchanged = Query.query(Criteria.where("_id").is(stored.get("_id")).and("version").is(stored.get("version")));
            if (mongo.updateFirst(unchanged, update, collection).getModifiedCount() == 1) {
                upgraded++;
            } else {
                left++;
            }
        }
        if (upgraded > 0 || left > 0) {
            log.info("{} history upgraded to the platform's shape: {} upgraded, {} left for the next start", collection, upgraded,
                    left);
        }
        return left;
    }

    /** {@code {action, at, actor, status, note}}: the status before is the previous line's. */
    static List<Document> agreementLines(List<Document> lines) {
        List<Document> upgraded = new ArrayList<>();
        Object before = null;
        for (Document line : lines) {
            if (!line.containsKey("at")) {
                upgraded.add(line);
                before = line.get("toStatus");
                continue;
            }
            Object status = line.get("status");
            upgraded.add(entry(line.getString("action"), line.get("at"), line.getString("actor"),
                    status != null && status.equals(before) ? null : before, status, line.get("note")));
            before = status;
        }
        return upgraded;
    }

    /** {@code {status, at, actor, reason}}: the first line registered the company; later ones name the move. */
    static List<Document> companyLines(List<Document> lines) {
        List<Document> upgraded = new ArrayList<>();
        Object before = null;
        for (Document line : lines) {
            if (!line.containsKey("at")) {
                upgraded.add(line);
                before = line.get("toStatus");
                continue;
            }
            Object status = line.get("status");
            String reason = line.getString("reason");
            if (before == null) {
                upgraded.add(entry("registered", line.get("at"), line.getString("actor"), null, status,
                        "registered".equals(reason) ? null : reason));
            } else {
                upgraded.add(entry(companyAction(String.valueOf(status)), line.get("at"), line.getString("actor"), before, status,
                        reason));
            }
            before = status;
        }
        return upgraded;
    }

    private static String companyAction(String status) {
        return switch (status) {
            case "SUSPENDED" -> "suspended";
            case "DEREGISTERED" -> "deregistered";
            default -> "reinstated";
        };
    }

    /** A {@link HistoryEntry} as the mapper stores it: fields without a value are left out. */
    private static Document entry(String action, Object recordedAt, String actor, Object fromStatus, Object toStatus, Object note) {
        Document entry = new Document("action", action).append("recordedAt", recordedAt)
                .append("actor", actor == null ? HistoryEntry.SYSTEM : actor);
        if (fromStatus != null) {
            entry.append("fromStatus", fromStatus);
        }
        if (toStatus != null) {
            entry.append("toStatus", toStatus);
        }
        entry.append("documents", List.of());
        if (note != null) {
            entry.append("note", note);
        }
        return entry;
    }
}
