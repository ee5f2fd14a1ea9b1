package org.estatecare.complaints.complaint;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Complaints stored in an older shape are rewritten to today's, so every stored complaint reads and the overdue
 * queries find it: deadlines kept as {@code acknowledgeWorkingDays} / {@code resolveWorkingDays} become
 * {@code acknowledge} / {@code resolve} deadlines and the assignment gains the moments its deadlines pass; history
 * lines kept as {@code at} / {@code status} become the platform's history entries ({@code recordedAt} /
 * {@code toStatus}). Each rewrite is conditional on the version read: a complaint changed meanwhile is left for the
 * next start. Once a start leaves nothing behind, the upgrade is marked done and later starts skip the scan.
 */
@Component
public class StoredShapeUpgrade {

    private static final Logger log = LoggerFactory.getLogger(StoredShapeUpgrade.class);
    static final String MARKS = "schema_upgrades";
    static final String MARK = "complaint-deadlines-and-history-shape";

    private final MongoTemplate mongo;

    StoredShapeUpgrade(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (mongo.exists(Query.query(Criteria.where("_id").is(MARK)), MARKS)) {
            return;
        }
        if (upgrade() == 0) {
            mongo.save(new Document("_id", MARK).append("doneAt", new Date()), MARKS);
        }
    }

    /** One pass over the complaints of an older shape; how many it had to leave for later (changed meanwhile). */
    public int upgrade() {
        String collection = mongo.getCollectionName(Complaint.class);
        Query old = Query.query(new Criteria().orOperator(Criteria.where("chain.resolveWorkingDays").exists(true),
                Criteria.where("assignment.step.resolveWorkingDays").exists(true),
                Criteria.where("assignment.resolveBy").exists(true).and("assignment.resolveDueAt").exists(false),
                Criteria.where("history.at").exists(true)));
        int upgraded = 0;
        int left = 0;
        for (Document complaint : mongo.find(old, Document.class, collection)) {
            Update update = new Update();
            List<?> chain = complaint.getList("chain", Object.class);
            if (chain != null) {
                update.set("chain", chain.stream().map(StoredShapeUpgrade::step).toList());
            }
            Document assignment = complaint.get("assignment", Document.class);
            if (assignment != null && assignment.get("step") instanceof Document step) {
                update.set("assignment.step", step(step));
            }
            List<?> history = complaint.getList("history", Object.class);
            if (history != null) {
                update.set("history", history.stream().map(StoredShapeUpgrade::historyEntry).toList());
            }
            Query unchanged = Query.query(Criteria.where("_id").is(complaint.get("_id")).and("version").is(complaint.get("version")));
            if (!update.getUpdateObject().isEmpty() && mongo.updateFirst(unchanged, update, collection).getModifiedCount() == 0) {
                left++;
                continue;
            }
            // read and written through the mapper once: the assignment gains the moments its deadlines pass
            Complaint readable = mongo.findById(complaint.get("_id"), Complaint.class);
            if (readable != null) {
                try {
                    mongo.save(readable);
                    upgraded++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    left++;
                    log.debug("complaint changed during the upgrade, left for the next start: {}", complaint.get("_id"));
                }
            }
        }
        if (upgraded > 0 || left > 0) {
            log.info("complaints upgraded to today's stored shape: {} upgraded, {} left for the next start", upgraded, left);
        }
        return left;
    }

    private static Object step(Object stored) {
        if (!(stored instanceof Document step) || !step.containsKey("resolveWorkingDays")) {
            return stored;
        }
        Document upgraded = new Document(step);
        upgraded.put("acknowledge", deadline(upgraded.remove("acknowledgeWorkingDays")));
        upgraded.put("resolve", deadline(upgraded.remove("resolveWorkingDays")));
        return upgraded;
    }

    private static Document deadline(Object workingDays) {
        return new Document("unit", "WORKING_DAYS").append("amount", workingDays instanceof Number n ? n.intValue() : 1);
    }

    /** {@code {action, at, actor, status, note}} → {@code {action, recordedAt, actor, toStatus, note}}. */
    private static Object historyEntry(Object stored) {
        if (!(stored instanceof Document line) || !line.containsKey("at")) {
            return stored;
        }
        Document entry = new Document("action", line.get("action")).append("recordedAt", line.get("at"))
                .append("actor", line.get("actor")).append("toStatus", line.get("status"))
                .append("documents", List.of()).append("note", line.get("note"));
        return entry;
    }
}
