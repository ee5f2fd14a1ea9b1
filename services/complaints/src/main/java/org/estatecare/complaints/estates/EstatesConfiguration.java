package org.estatecare.complaints.estates;

import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

@Configuration(proxyBeanMethods = false)
class EstatesConfiguration {

    static final String TIMELINES = "estate_timeline";

    /**
     * One document per estate holding its timeline, rebuilt from estates.v1; the metrics list its streets, and Open311
     * places a request at the estates near its point.
     */
    @Bean
    EstateTimelines estateTimelines(MongoTemplate mongo) {
        mongo.indexOps(TIMELINES).createIndex(new Index().on("street", Sort.Direction.ASC));
        mongo.indexOps(TIMELINES).createIndex(new Index().on("latitude", Sort.Direction.ASC).on("longitude", Sort.Direction.ASC));
        return new EstateTimelines(mongo, TIMELINES);
    }

    /** One document per agreement: who serves which estate, and when; rebuilt from agreements.v1. */
    @Bean
    ServingCompanies servingCompanies(MongoTemplate mongo) {
        return new ServingCompanies(mongo, "agreement_projection");
    }
}
