package org.estatecare.registry.territory;

import java.util.OptionalLong;
import java.util.function.Consumer;

import org.estatecare.kit.persistence.AggregateStore;
import org.estatecare.kit.security.Access;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Each street's duties, one document per street, made on the first thing recorded for it. */
@Repository
public class StreetDutiesStore extends AggregateStore<StreetDuties, StreetCode> {

    public StreetDutiesStore(MongoTemplate mongo) {
        super(mongo, StreetDuties.class, "street duties");
    }

    /**
     * Runs {@code command} on the street's duties. The first thing recorded for a street makes them, in one insert
     * once the command has succeeded, so a refused command leaves nothing behind; when another request made them
     * meanwhile, the command runs again on those.
     */
    public StreetDuties change(StreetCode street, OptionalLong ifMatch, Consumer<StreetDuties> command) {
        if (find(street, Access.everything()).isEmpty()) {
            StreetDuties first = new StreetDuties(street);
            ifMatch.ifPresent(first::requireRevision);
            command.accept(first);
            try {
                return add(first);
            } catch (DuplicateKeyException madeMeanwhile) {
                // another request made them first: change those
            }
        }
        return update(street, Access.everything(), ifMatch, command);
    }
}
