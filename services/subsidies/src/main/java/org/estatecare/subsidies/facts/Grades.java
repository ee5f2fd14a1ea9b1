package org.estatecare.subsidies.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.estatecare.events.assessments.AssessmentPublished;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.subsidies.allocation.GradeSpell;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The published grades (R-ASM-1), one document per assessment holding its newest revision: a re-inspection's
 * revision (R-ASM-3) replaces the grade it revised; an older or repeated revision changes nothing.
 */
@Component
public class Grades {

    static final String COLLECTION = "grade";

    private final MongoTemplate mongo;

    Grades(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("estateId", Sort.Direction.ASC));
    }

    /** True when the revision was newer than what was held. */
    boolean apply(AssessmentPublished published) {
        Query older = Query.query(Criteria.where("_id").is(published.assessmentId()).and("revision").lt(published.revision()));
        Update update = new Update().set("estateId", published.estateId()).set("companyId", published.companyId())
                .set("start", published.periodStart().toString()).set("end", published.periodEnd().toString())
                .set("grade", published.grade()).set("revision", published.revision());
        try {
            UpdateResult result = mongo.upsert(older, update, COLLECTION);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyNewer) {
            return false;
        }
    }

    /** Every estate's grades, by estate id. */
    public Map<String, List<GradeSpell>> all() {
        Map<String, List<GradeSpell>> grades = new HashMap<>();
        for (Document doc : mongo.findAll(Document.class, COLLECTION)) {
            grades.computeIfAbsent(doc.getString("estateId"), e -> new ArrayList<>()).add(new GradeSpell(doc.getString("_id"),
                    doc.getString("companyId") == null ? null : CompanyId.of(doc.getString("companyId")), LocalDate.parse(doc.getString("start")), LocalDate.parse(doc.getString("end")),
                    Grade.valueOf(doc.getString("grade")), doc.getInteger("revision", 0)));
        }
        return grades;
    }
}
