package org.estatecare.kit.config;

import java.util.List;

import org.estatecare.kit.persistence.IdentifierConversion;
import org.estatecare.kit.persistence.MongoCredentials;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Storage conventions every service shares: typed ids are stored as their text, and the service's own
 * MongoDB user may be given apart from the URI.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoCustomConversions.class)
public class PersistenceAutoConfiguration {

    /** A service with id types of its own declares an {@code IdentifierConversion.shared().with(…)} bean. */
    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions(ObjectProvider<IdentifierConversion> conversion) {
        return new MongoCustomConversions(List.of(conversion.getIfAvailable(IdentifierConversion::shared)));
    }

    /** {@code MONGODB_USERNAME} / {@code MONGODB_PASSWORD}, when set, log the service in as its own user. */
    @Bean
    @ConditionalOnClass(name = "org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer")
    MongoCredentials mongoCredentials(Environment environment) {
        return new MongoCredentials(environment.getProperty("estatecare.mongodb.username"),
                environment.getProperty("estatecare.mongodb.password"), environment.getProperty("spring.mongodb.uri"),
                environment.getProperty("spring.mongodb.database"));
    }
}
