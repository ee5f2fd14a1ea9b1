package org.estatecare.events;

import java.util.Objects;

/**
 * A topic of the platform and the one service that publishes on it. {@code producer} is that service's
 * {@code spring.application.name}; its events carry the CloudEvents source {@code /estatecare/<producer>}.
 */
public record EventTopic(String name, String producer) {

    public EventTopic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(producer, "producer");
    }
}
