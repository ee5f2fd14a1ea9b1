package org.estatecare.registry.territory;

import java.util.List;
import java.util.Optional;

import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** The district's streets. */
@Repository
public class Streets {

    private final MongoTemplate mongo;

    public Streets(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Street> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Street.class);
    }

    public Optional<Street> find(String code) {
        return Optional.ofNullable(mongo.findById(code, Street.class));
    }

    public Street add(Street street) {
        return mongo.insert(street);
    }

    public boolean isEmpty() {
        return mongo.count(new Query(), Street.class) == 0;
    }

    /** R-PRIN-1: an estate belongs to an existing street office and one of its communities. */
    public void requireCommunity(String street, String community) {
        Street found = find(street).orElseThrow(() -> new RuleViolationException(new Violation("R-PRIN-1",
                "unknown-street", "street office '" + street + "' does not exist")));
        if (!found.hasCommunity(community)) {
            throw new RuleViolationException(new Violation("R-PRIN-1", "unknown-community",
                    "community '" + community + "' is not part of street office '" + street + "'"));
        }
    }
}
