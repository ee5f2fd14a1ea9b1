package org.estatecare.kit.config;

import java.util.List;

import org.estatecare.kit.persistence.IdentifierConversion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** Storage conventions every service shares: typed ids are stored as their text. */
@AutoConfiguration(beforeName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnClass(MongoCustomConversions.class)
public class PersistenceAutoConfiguration {

    /** A service with id types of its own declares an {@code IdentifierConversion.shared().with(…)} bean. */
    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions(ObjectProvider<IdentifierConversion> conversion) {
        return new MongoCustomConversions(List.of(conversion.getIfAvailable(IdentifierConversion::shared)));
    }
}
