package org.estatecare.kit.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.estatecare.events.agreements.AgreementEnded;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.AgreementSigned;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Which service company serves which estate, and on which days: the projection every consumer of
 * {@code agreements.v1} keeps, one document per agreement (the estate, the company, its first and last
 * day in force), changed only by the agreements service's events, each applied once ({@link SequenceGuard}).
 * A company answers for an estate on the days one of its agreements is in force there.
 */
public class ServingCompanies {

    private final MongoTemplate mongo;
    private final SequenceGuard guard;
    private final String collection;

    public ServingCompanies(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.guard = new SequenceGuard(mongo);
        this.collection = collection;
        mongo.indexOps(collection).createIndex(new Index().on("estateId", Sort.Direction.ASC).on("termStart", Sort.Direction.ASC));
        mongo.indexOps(collection).createIndex(new Index().on("companyId", Sort.Direction.ASC).on("termStart", Sort.Direction.ASC));
    }

    /**
     * Applies one agreement event if it is newer than what the projection holds: the estate whose serving company
     * may have changed when it was applied; empty when it was old, a repeat, or an event that changes no term.
     */
    public Optional<EstateId> apply(InboundEvent event) {
        Update update = new Update();
        String estate;
        if (event.is(AgreementEvents.SIGNED) || event.is(AgreementEvents.RENEWED)) {
            AgreementSigned e = event.payload(event.is(AgreementEvents.SIGNED) ? AgreementEvents.SIGNED : AgreementEvents.RENEWED);
            update.set("estateId", e.estateId()).set("companyId", e.companyId()).set("termStart", e.termStart().toString())
                    .set("lastDay", e.termEnd().toString());
            estate = e.estateId();
        } else if (event.is(AgreementEvents.TERMINATED) || event.is(AgreementEvents.EXPIRED)) {
            AgreementEnded e = event.payload(event.is(AgreementEvents.TERMINATED) ? AgreementEvents.TERMINATED : AgreementEvents.EXPIRED);
            update.set("estateId", e.estateId()).set("companyId", e.companyId()).set("lastDay", e.lastDay().toString());
            estate = e.estateId();
        } else {
            return Optional.empty();
        }
        return guard.applyIfNewer(collection, event.subject(), event.sequence(), update)
                ? Optional.of(new EstateId(estate)) : Optional.empty();
    }

    /** The company serving {@code estate} on {@code day}: one whose agreement is in force then. */
    public Optional<CompanyId> companyServing(EstateId estate, LocalDate day) {
        return mongo.find(inForceOn(day).addCriteria(Criteria.where("estateId").is(estate.value())), Document.class, collection)
                .stream().map(doc -> new CompanyId(doc.getString("companyId"))).findFirst();
    }

    /** The estates {@code company} serves on {@code day}: an agreement of its is in force there then. */
    public Set<EstateId> estatesServedBy(CompanyId company, LocalDate day) {
        return mongo.find(inForceOn(day).addCriteria(Criteria.where("companyId").is(company.value())), Document.class, collection)
                .stream().map(doc -> new EstateId(doc.getString("estateId"))).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code company} serves {@code estate} on {@code day}. */
    public boolean serves(CompanyId company, EstateId estate, LocalDate day) {
        return mongo.exists(inForceOn(day).addCriteria(Criteria.where("estateId").is(estate.value()))
                .addCriteria(Criteria.where("companyId").is(company.value())), collection);
    }

    /** One agreement's days in force for an estate: its company, first and last day (both included). */
    public record ServingTerm(EstateId estate, CompanyId company, LocalDate first, LocalDate last) {
    }

    /** Every agreement known here with its days in force, estate by estate: what a district-wide pass reads. */
    public List<ServingTerm> terms() {
        Query all = new Query(Criteria.where("termStart").ne(null).and("lastDay").ne(null))
                .with(Sort.by("estateId", "termStart"));
        return mongo.find(all, Document.class, collection).stream().map(doc -> new ServingTerm(
                new EstateId(doc.getString("estateId")), new CompanyId(doc.getString("companyId")),
                LocalDate.parse(doc.getString("termStart")), LocalDate.parse(doc.getString("lastDay")))).toList();
    }

    /** Days are stored as ISO text, which orders as the dates do. */
    private static Query inForceOn(LocalDate day) {
        return Query.query(Criteria.where("termStart").lte(day.toString()).and("lastDay").gte(day.toString()));
    }
}
