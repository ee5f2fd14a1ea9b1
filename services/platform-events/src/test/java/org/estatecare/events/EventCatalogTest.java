package org.estatecare.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The catalog knows every topic a contract travels on, and one producer for each. */
class EventCatalogTest {

    @Test
    void everyContractTravelsOnACatalogedTopic() {
        var topics = EventCatalog.topics().stream().map(EventTopic::name).toList();
        assertThat(topics).doesNotHaveDuplicates();
        assertThat(EventCatalog.all()).allSatisfy(contract -> assertThat(topics).contains(contract.topic()));
    }

    @Test
    void aServicePublishesOnlyItsOwnTopics() {
        assertThat(EventCatalog.producedBy("estate-registry")).containsExactly("estates.v1");
        assertThat(EventCatalog.producedBy("agreements")).containsExactly("agreements.v1");
        assertThat(EventCatalog.producedBy("complaints")).containsExactly("complaints.v1");
        assertThat(EventCatalog.producedBy("assessments")).containsExactly("assessments.v1");
        assertThat(EventCatalog.producedBy("subsidies")).containsExactly("subsidies.v1");
        assertThat(EventCatalog.producedBy("gateway")).isEmpty();
    }
}
