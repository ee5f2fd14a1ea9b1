package org.estatecare.agreements.upgrade;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.bson.Document;
import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.report.FeeQuarter;
import org.estatecare.agreements.report.FeeQuarterId;
import org.estatecare.kit.persistence.StoredDataUpgrade;
import org.estatecare.kit.time.Quarter;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.EstateId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reports kept before the quarter aggregate — one document per recorded month ({@code feeCollection}),
 * per publication ({@code feePublication}) and per subsidy-use report ({@code subsidyUseReport}) — are
 * folded into the agreement's {@link FeeQuarter}, under the id the service derives today (publications
 * stored under the older quarter-and-estate ids included): its recorded months (as published, where it
 * was), its publication and its report with their dates and authors. Nothing is published again: the
 * quarter carries no new event, only those the old documents still held unsent (R-AGR-3, R-AGR-4 were
 * decided when they were written). A quarter already in {@code feeQuarter} is left alone, so a second
 * run changes nothing. The old collections stay as they are, for the record and for a rollback.
 */
@Component
public class FeeQuarterUpgrade extends StoredDataUpgrade {

    private static final Logger log = LoggerFactory.getLogger(FeeQuarterUpgrade.class);
    static final String MARK = "fee-quarters-from-reports";
    public static final String MONTHS = "feeCollection";
    public static final String PUBLICATIONS = "feePublication";
    public static final String REPORTS = "subsidyUseReport";
    private static final List<String> MONTH_FIELDS = List.of("month", "householdsBilled", "householdsPaid", "amountBilled",
            "amountCollected", "recordedBy", "recordedAt");

    FeeQuarterUpgrade(MongoTemplate mongo) {
        super(mongo, MARK);
    }

    /** What the old collections hold about one agreement's quarter of one estate. */
    private static final class Parts {
        final List<Document> months = new ArrayList<>();
        final List<Document> publications = new ArrayList<>();
        final List<Document> reports = new ArrayList<>();
    }

    @Override
    public int upgrade() {
        Map<String, Parts> quarters = new LinkedHashMap<>();
        int left = 0;
        left += collect(MONTHS, quarters, (doc, parts) -> parts.months.add(doc));
        left += collect(PUBLICATIONS, quarters, (doc, parts) -> parts.publications.add(doc));
        left += collect(REPORTS, quarters, (doc, parts) -> parts.reports.add(doc));
        String target = mongo.getCollectionName(FeeQuarter.class);
        int folded = 0;
        for (Map.Entry<String, Parts> quarter : quarters.entrySet()) {
            if (mongo.exists(Query.query(Criteria.where("_id").is(quarter.getKey())), target)) {
                continue;
            }
            Document folding = fold(quarter.getKey(), quarter.getValue());
            try {
                mongo.getConverter().read(FeeQuarter.class, folding);
                mongo.insert(folding, target);
                folded++;
            } catch (DuplicateKeyException openedMeanwhile) {
                // a command opened the quarter a moment ago: it is there, left alone
            } catch (RuntimeException unreadable) {
                left++;
                log.warn("fee quarter {} could not be folded from the old reports; they stay as stored: {}", quarter.getKey(),
                        unreadable.getMessage());
            }
        }
        if (folded > 0 || left > 0) {
            log.info("old fee reports folded into fee quarters: {} quarters folded, {} left as stored", folded, left);
        }
        return left;
    }

    /** Files every document of {@code collection} under its quarter's id; how many name no quarter (left as stored). */
    private int collect(String collection, Map<String, Parts> quarters, BiConsumer<Document, Parts> sorter) {
        int left = 0;
        for (Document doc : mongo.findAll(Document.class, collection)) {
            try {
                sorter.accept(doc, quarters.computeIfAbsent(quarterId(doc), id -> new Parts()));
            } catch (RuntimeException noQuarter) {
                left++;
                log.warn("{} {} names no estate, agreement and quarter; left as stored", collection, doc.get("_id"));
            }
        }
        return left;
    }

    /** The id the service derives today: the quarter (of the month, for a month), the estate and the agreement. */
    private static String quarterId(Document doc) {
        Quarter quarter = doc.containsKey("quarter") ? Quarter.parse(doc.getString("quarter"))
                : Quarter.of(YearMonth.parse(doc.getString("month")).atDay(1));
        return FeeQuarterId.of(quarter, new EstateId(doc.getString("estateId")), new AgreementId(doc.getString("agreementId")))
                .value();
    }

    private Document fold(String id, Parts parts) {
        Document publication = earliest(parts.publications, "publishedAt");
        Document report = earliest(parts.reports, "reportedAt");
        Document stamp = publication != null ? publication : report != null ? report : parts.months.get(0);
        Quarter quarter = stamp.containsKey("quarter") ? Quarter.parse(stamp.getString("quarter"))
                : Quarter.of(YearMonth.parse(stamp.getString("month")).atDay(1));
        Document folded = new Document("_id", id).append("revision", (long) (parts.months.size() + parts.publications.size()
                + parts.reports.size())).append("version", 0L);
        for (String field : List.of("estateId", "street", "community", "companyId", "agreementId")) {
            folded.append(field, stamp.get(field));
        }
        folded.append("companyName", companyName(stamp, publication, report));
        folded.append("quarter", quarter.toString());
        folded.append("months", months(parts.months, publication));
        if (publication != null) {
            folded.append("publication", new Document("estateName", publication.get("estateName"))
                    .append("servedFrom", dayOr(publication.get("servedFrom"), quarter.firstDay()))
                    .append("servedTo", dayOr(publication.get("servedTo"), quarter.lastDay()))
                    .append("uses", publication.get("uses")).append("figures", publication.get("figures"))
                    .append("publishedAt", publication.get("publishedAt")).append("publishedBy", publication.get("publishedBy")));
        }
        if (report != null) {
            folded.append("subsidyUse", new Document("subsidyReceived", report.get("subsidyReceived"))
                    .append("uses", report.get("uses")).append("totalUsed", report.get("totalUsed"))
                    .append("submittedTo", report.get("submittedTo")).append("reportedAt", report.get("reportedAt"))
                    .append("reportedBy", report.get("reportedBy")));
        }
        // the next event of the quarter follows every event already sent under its id; events the old
        // documents still held unsent move with it (they were never published: nothing goes out twice)
        long sequence = 0;
        List<Object> unsent = new ArrayList<>();
        for (Document old : Stream.of(publication, report).filter(Objects::nonNull).toList()) {
            sequence = Math.max(sequence, old.get("eventSequence") instanceof Number n ? n.longValue() : 0);
            unsent.addAll(old.getList("outbox", Object.class, List.of()));
        }
        folded.append("eventSequence", sequence).append("outbox", unsent);
        return folded;
    }

    /** The recorded months, each as published where the publication took it, oldest first. */
    private static List<Document> months(List<Document> recorded, Document publication) {
        Map<String, Document> byMonth = new TreeMap<>();
        for (Document month : recorded) {
            byMonth.put(month.getString("month"), month);
        }
        if (publication != null) {
            for (Document month : publication.getList("months", Document.class, List.of())) {
                byMonth.put(month.getString("month"), month);
            }
        }
        return byMonth.values().stream().map(month -> {
            Document kept = new Document();
            MONTH_FIELDS.stream().filter(month::containsKey).forEach(field -> kept.append(field, month.get(field)));
            return kept;
        }).toList();
    }

    private String companyName(Document stamp, Document publication, Document report) {
        for (Document named : new Document[] {publication, report}) {
            if (named != null && named.getString("companyName") != null) {
                return named.getString("companyName");
            }
        }
        Document agreement = mongo.findById(stamp.get("agreementId"), Document.class, mongo.getCollectionName(Agreement.class));
        return agreement != null && agreement.getString("companyName") != null ? agreement.getString("companyName")
                : stamp.getString("companyId");
    }

    private Object dayOr(Object stored, LocalDate fallback) {
        return stored != null ? stored : mongo.getConverter().convertToMongoType(fallback);
    }

    /** The first of documents that should be one (a publication stored under both its old and its new id counts once). */
    private static Document earliest(List<Document> docs, String at) {
        return docs.stream().min(Comparator.comparing(d -> d.getDate(at) == null ? new Date(Long.MAX_VALUE)
                : d.getDate(at))).orElse(null);
    }
}
