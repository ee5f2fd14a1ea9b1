package org.estatecare.agreements.residents;

import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The households of every estate with their fee accounts; one per estate, building, unit and room. */
@Repository
public class Households extends AggregateStore<Household, ResidentsRecordId> {

    public Households(MongoTemplate mongo) {
        super(mongo, Household.class, "household");
        mongo.indexOps(Household.class).createIndex(new Index().on("address", Sort.Direction.ASC).unique());
        mongo.indexOps(Household.class).createIndex(new Index().on("estateId", Sort.Direction.ASC));
    }

    public List<Household> ofEstate(EstateId estate, Criteria scope) {
        return mongo.find(Query.query(new Criteria().andOperator(Criteria.where("estateId").is(estate.value()), scope))
                .with(Sort.by("building", "unit", "room")), Household.class);
    }

    /** The ids of the households listing {@code username} among their residents. */
    public List<String> idsOf(String username) {
        Query query = Query.query(Criteria.where("residents").is(username));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, mongo.getCollectionName(Household.class)).stream()
                .map(d -> d.getString("_id")).toList();
    }
}
