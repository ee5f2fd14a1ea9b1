package org.estatecare.agreements.estates;

import org.estatecare.kit.inbox.EstateTimelines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The estates projection is the platform's one {@link EstateTimelines}, kept in this service's own collection. */
@Configuration(proxyBeanMethods = false)
class EstatesConfiguration {

    static final String COLLECTION = "estate_timeline";

    @Bean
    EstateTimelines estateTimelines(MongoTemplate mongo) {
        return new EstateTimelines(mongo, COLLECTION);
    }
}
