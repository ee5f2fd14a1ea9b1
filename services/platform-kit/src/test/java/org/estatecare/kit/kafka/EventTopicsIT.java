package org.estatecare.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service's topics exist once it has started, made by the service with the partitions and replication
 * factor of its configuration, on a broker that creates no topic by itself: the topics it consumes and
 * the dead-letter topic of each.
 */
@SpringBootTest(classes = EventTopicsIT.ConsumerApp.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class EventTopicsIT {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final String TOPIC = "kit-topics.v1";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("kit-topics-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.application.name", () -> "kit-topics-it");
        registry.add("estatecare.outbox.enabled", () -> "false");
        registry.add("estatecare.events.partitions", () -> "4");
        registry.add("estatecare.events.replicas", () -> "1");
        registry.add("spring.kafka.consumer.group-id", () -> "kit-topics-it-" + System.nanoTime());
    }

    @SpringBootApplication
    @org.springframework.context.annotation.Import(Consumer.class)
    static class ConsumerApp {
    }

    @Component
    static class Consumer {
        @KafkaListener(topics = TOPIC)
        void on(String event) {
        }
    }

    @Autowired
    EventTopics topics;

    @Test
    void theConsumedTopicAndItsDeadLetterTopicExistWithTheConfiguredPartitionsAndReplicas() throws Exception {
        assertThat(topics.declared()).isTrue();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", INFRA.kafka().bootstrapServers()))) {
            Map<String, TopicDescription> described = admin.describeTopics(List.of(TOPIC, TOPIC + ".dlt"))
                    .allTopicNames().get(30, TimeUnit.SECONDS);

            assertThat(described.values()).hasSize(2).allSatisfy(topic -> {
                assertThat(topic.partitions()).as(topic.name()).hasSize(4);
                assertThat(topic.partitions()).allSatisfy(partition -> assertThat(partition.replicas()).hasSize(1));
            });
            String brokerId = String.valueOf(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).iterator().next().id());
            ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, brokerId);
            assertThat(admin.describeConfigs(Set.of(broker)).all().get(30, TimeUnit.SECONDS).get(broker)
                    .get("auto.create.topics.enable").value()).as("the test broker creates no topic by itself").isEqualTo("false");
        }
    }

    @Test
    void aServicePublishesOnItsCatalogTopicsAndDeadLettersWhatItConsumes() {
        assertThat(EventTopics.names("complaints", List.of("estates.v1", "agreements.v1"))).containsExactly(
                "agreements.v1", "agreements.v1.dlt", "complaints.v1", "estates.v1", "estates.v1.dlt");
        assertThat(EventTopics.names("estate-registry", List.of())).containsExactly("estates.v1");
        assertThat(topics.topics()).extracting(org.apache.kafka.clients.admin.NewTopic::name)
                .containsExactly(TOPIC, TOPIC + ".dlt");
    }
}
