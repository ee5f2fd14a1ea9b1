package org.estatecare.complaints.estates;

import org.estatecare.kit.inbox.EstateTimelines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
class EstatesConfiguration {

    /** One document per estate holding its timeline; a new collection, rebuilt from estates.v1. */
    @Bean
    EstateTimelines estateTimelines(MongoTemplate mongo) {
        return new EstateTimelines(mongo, "estate_timeline");
    }
}
