package org.estatecare.assessments.scheme;

import java.util.Optional;

import org.estatecare.kit.persistence.AggregateStore;
import org.estatecare.kit.security.Access;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The district's scheme and every street's, each with all its versions. */
@Repository
public class Schemes extends AggregateStore<Scheme, SchemeId> {

    public Schemes(MongoTemplate mongo) {
        super(mongo, Scheme.class, "assessment scheme");
    }

    /** The version that scores a street's day: its own approved one in force, else the district's. */
    public Optional<SchemeInForce> inForce(Optional<String> street, java.time.LocalDate day) {
        Optional<SchemeInForce> own = street.flatMap(code -> find(SchemeId.ofStreet(code), Access.everything()))
                .flatMap(scheme -> scheme.inForceOn(day).map(version -> new SchemeInForce(scheme.id(), version, false)));
        return own.or(() -> find(SchemeId.DISTRICT, Access.everything())
                .flatMap(scheme -> scheme.inForceOn(day).map(version -> new SchemeInForce(scheme.id(), version,
                        street.isPresent()))));
    }
}
