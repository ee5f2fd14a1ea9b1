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

/** Damage to buildings and shared facilities, per estate. */
@Repository
public class Damages extends AggregateStore<Damage, ResidentsRecordId> {

    public Damages(MongoTemplate mongo) {
        super(mongo, Damage.class, "damage");
        mongo.indexOps(Damage.class).createIndex(new Index().on("estateId", Sort.Direction.ASC).on("foundOn", Sort.Direction.DESC));
    }

    public List<Damage> ofEstate(EstateId estate, Criteria scope) {
        return mongo.find(Query.query(new Criteria().andOperator(Criteria.where("estateId").is(estate.value()), scope))
                .with(Sort.by(Sort.Direction.DESC, "foundOn").and(Sort.by("_id"))), Damage.class);
    }
}
