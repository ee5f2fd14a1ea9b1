package org.estatecare.registry.estate;

import org.apache.kafka.clients.admin.NewTopic;
import org.estatecare.events.estates.EstateEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The registry owns topic {@code estates.v1}: created at start-up where the broker allows it. */
@Configuration(proxyBeanMethods = false)
class EventTopics {

    @Bean
    NewTopic estatesTopic(@Value("${estatecare.events.partitions:3}") int partitions,
                          @Value("${estatecare.events.replicas:1}") int replicas) {
        return TopicBuilder.name(EstateEvents.TOPIC).partitions(partitions).replicas(replicas).build();
    }
}
