package org.estatecare.subsidies.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.estatecare.events.agreements.EstateFeeClassChanged;
import org.estatecare.events.codes.EstateClass;
import org.estatecare.subsidies.allocation.ClassSpell;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The class of each estate by day, as the district decided it in the agreements service (R-AGR-2): one document per
 * estate and first day, holding the newest decision for that day. A redelivered or older decision changes nothing.
 */
@Component
public class EstateClasses {

    static final String COLLECTION = "estate_class";

    private final MongoTemplate mongo;

    EstateClasses(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("estateId", Sort.Direction.ASC).on("from", Sort.Direction.ASC));
    }

    /** True when the decision was newer than what was held for its day. */
    boolean apply(EstateFeeClassChanged decision) {
        String id = decision.estateId() + "/" + decision.effectiveFrom();
        Instant decidedAt = decision.decidedAt() == null ? Instant.EPOCH : decision.decidedAt();
        Query older = Query.query(Criteria.where("_id").is(id).and("decidedAt").lt(Date.from(decidedAt)));
        Update update = new Update().set("estateId", decision.estateId()).set("from", decision.effectiveFrom().toString())
                .set("estateClass", decision.estateClass()).set("decidedAt", Date.from(decidedAt));
        try {
            UpdateResult result = mongo.upsert(older, update, COLLECTION);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyNewer) {
            return false;
        }
    }

    /** Every estate's class spells, oldest first, by estate id. */
    public Map<String, List<ClassSpell>> all() {
        Map<String, List<ClassSpell>> spells = new HashMap<>();
        for (Document doc : mongo.find(new Query().with(Sort.by("estateId", "from")), Document.class, COLLECTION)) {
            spells.computeIfAbsent(doc.getString("estateId"), e -> new ArrayList<>()).add(new ClassSpell(
                    LocalDate.parse(doc.getString("from")), EstateClass.valueOf(doc.getString("estateClass"))));
        }
        return spells;
    }
}
