package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.kafka.EventTopics;
import org.estatecare.kit.kafka.EventsProperties;
import org.estatecare.kit.security.Access;
import org.estatecare.registry.estate.EstateStatus;
import org.estatecare.registry.estate.Estates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the registry shares with every service, as it runs: its topic, its history lines, its codes. */
class SharedConventionsIT extends RegistryIntegrationTest {

    @Autowired
    EventTopics topics;

    @Autowired
    EventsProperties events;

    @Autowired
    Estates estates;

    @Test
    void theRegistryDeclaresTheTopicItPublishesOnWithTheConfiguredPartitions() throws Exception {
        assertThat(topics.declared()).isTrue();
        // besides its own topic it declares those it consumes for the work archive, with their dead-letter topics
        assertThat(topics.topics()).extracting(NewTopic::name).contains(EstateEvents.TOPIC);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", INFRA.kafka().bootstrapServers()))) {
            TopicDescription estates = admin.describeTopics(List.of(EstateEvents.TOPIC)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(EstateEvents.TOPIC);
            assertThat(estates.partitions()).hasSize(events.partitions());
        }
    }

    @Test
    void aStoredHistoryLineReadsBackWithItsStatusCodes() {
        String id = filedEstate(ELIGIBLE);

        List<HistoryEntry<EstateStatus>> history = estates.get(new EstateId(id), Access.everything()).history();

        assertThat(history).extracting(HistoryEntry::action).containsExactly("registered", "takeover-accepted", "filed");
        assertThat(history.get(2).fromStatus()).isEqualTo(EstateStatus.TAKEOVER_ACCEPTED);
        assertThat(history.get(2).toStatus()).isEqualTo(EstateStatus.FILED);
        assertThat(history.get(2).actor()).isNotBlank();
    }

    @Test
    void theCodesAreServedWithTheLabelsSharedByThePlatform() {
        var codes = as("admin").get("/api/codes/estates").json();

        assertThat(codes.path("signingParty")).extracting(c -> c.path("label").asString())
                .containsExactly("管理委员会", "社区居民委员会（代行）");
        assertThat(codes.path("managementMode")).extracting(c -> c.path("code").asString())
                .containsExactly("SERVICE_COMPANY", "OWNER_SELF_MANAGEMENT", "RESIDENT_SELF_GOVERNANCE");
    }
}
