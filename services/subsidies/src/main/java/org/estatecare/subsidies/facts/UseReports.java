package org.estatecare.subsidies.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.estatecare.events.agreements.SubsidyUseReported;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The companies' quarterly reports of how they used the subsidy (R-AGR-3), one document per report. */
@Component
public class UseReports {

    static final String COLLECTION = "subsidy_use_report";

    private final MongoTemplate mongo;

    UseReports(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("quarter", Sort.Direction.ASC).on("street", Sort.Direction.ASC));
    }

    /** A company's report for an estate and quarter. */
    public record UseReport(String reportId, EstateId estateId, String street, CompanyId companyId, String quarter,
                            BigDecimal subsidyReceived, BigDecimal totalUsed, Instant reportedAt) {
    }

    void apply(SubsidyUseReported report) {
        mongo.upsert(Query.query(Criteria.where("_id").is(report.reportId())), new Update().set("estateId", report.estateId())
                .set("street", report.street()).set("companyId", report.companyId()).set("quarter", report.quarter())
                .set("subsidyReceived", new Decimal128(report.subsidyReceived()))
                .set("totalUsed", new Decimal128(report.totalUsed())).set("reportedAt", Date.from(report.reportedAt())),
                COLLECTION);
    }

    /** The reports of {@code quarter} (e.g. {@code 2026-Q1}), of one street or all when null. */
    public List<UseReport> of(String quarter, String street) {
        Criteria criteria = Criteria.where("quarter").is(quarter);
        if (street != null) {
            criteria.and("street").is(street);
        }
        return mongo.find(Query.query(criteria), Document.class, COLLECTION).stream().map(doc -> new UseReport(
                doc.getString("_id"), EstateId.of(doc.getString("estateId")), doc.getString("street"),
                CompanyId.of(doc.getString("companyId")),
                doc.getString("quarter"), doc.get("subsidyReceived", Decimal128.class).bigDecimalValue(),
                doc.get("totalUsed", Decimal128.class).bigDecimalValue(), doc.getDate("reportedAt").toInstant())).toList();
    }
}
