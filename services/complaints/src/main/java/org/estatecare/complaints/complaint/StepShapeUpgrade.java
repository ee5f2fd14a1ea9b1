package org.estatecare.complaints.complaint;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Complaints stored before steps could count hours hold their deadlines as {@code acknowledgeWorkingDays} /
 * {@code resolveWorkingDays} and their assignment without the moments its deadlines pass; they are rewritten
 * once, at start-up, to today's shape ({@code acknowledge} / {@code resolve} deadlines, {@code resolveDueAt}),
 * so every stored complaint still reads and the overdue queries find it. Conditional on the version read: a
 * complaint changed meanwhile is left for the next start.
 */
@Component
public class StepShapeUpgrade {

    private static final Logger log = LoggerFactory.getLogger(StepShapeUpgrade.class);

    private final MongoTemplate mongo;

    StepShapeUpgrade(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void upgrade() {
        String collection = mongo.getCollectionName(Complaint.class);
        Query old = Query.query(new Criteria().orOperator(Criteria.where("chain.resolveWorkingDays").exists(true),
                Criteria.where("assignment.step.resolveWorkingDays").exists(true),
                Criteria.where("assignment.resolveBy").exists(true).and("assignment.resolveDueAt").exists(false)));
        int upgraded = 0;
        for (Document complaint : mongo.find(old, Document.class, collection)) {
            Update update = new Update();
            List<?> chain = complaint.getList("chain", Object.class);
            if (chain != null) {
                update.set("chain", chain.stream().map(StepShapeUpgrade::step).toList());
            }
            Document assignment = complaint.get("assignment", Document.class);
            if (assignment != null && assignment.get("step") instanceof Document step) {
                update.set("assignment.step", step(step));
            }
            Query unchanged = Query.query(Criteria.where("_id").is(complaint.get("_id")).and("version").is(complaint.get("version")));
            if (!update.getUpdateObject().isEmpty() && mongo.updateFirst(unchanged, update, collection).getModifiedCount() == 0) {
                continue;
            }
            // read and written through the mapper once: the assignment gains the moments its deadlines pass
            Complaint readable = mongo.findById(complaint.get("_id"), Complaint.class);
            if (readable != null) {
                try {
                    mongo.save(readable);
                    upgraded++;
                } catch (org.springframework.dao.OptimisticLockingFailureException changedMeanwhile) {
                    log.debug("complaint changed during the upgrade, left for the next start: {}", complaint.get("_id"));
                }
            }
        }
        if (upgraded > 0) {
            log.info("complaints upgraded to deadlines in hours or working days: {}", upgraded);
        }
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
}
