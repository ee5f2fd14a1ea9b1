package org.estatecare.kit.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.NewTopic;
import org.estatecare.events.EventCatalog;
import org.estatecare.kit.inbox.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Declares every topic this service touches, so nothing waits for a broker to create one on first use:
 * the topics it publishes on (its own in the event catalog), every topic its listeners consume, and the
 * dead-letter topic ({@code <topic>.dlt}) of each consumed one, which this service's error handler writes.
 * All get the partitions and replication factor of {@link EventsProperties}. Declared before the
 * listeners start; an existing topic keeps its data (it only gains partitions). A broker that is away at
 * start-up does not stop the service: the declaration is tried again until it succeeds.
 */
public class EventTopics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventTopics.class);
    /** Before the listener containers (their phase is {@code Integer.MAX_VALUE - 100}) and the outbox relay. */
    static final int PHASE = Integer.MAX_VALUE - 200;
    private static final long RETRY_SECONDS = 10;

    private final KafkaAdmin admin;
    private final EventsProperties properties;
    private final String application;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private volatile ScheduledExecutorService retry;
    private volatile boolean declared;
    private volatile boolean running;

    public EventTopics(KafkaAdmin admin, EventsProperties properties, String application,
                       ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        this.admin = admin;
        this.properties = properties;
        this.application = application;
        this.listeners = listeners;
    }

    /** The names of the topics this service declares: published, consumed and their dead-letter topics. */
    public static Set<String> names(String application, Collection<String> consumed) {
        Set<String> names = new TreeSet<>(EventCatalog.producedBy(application));
        for (String topic : consumed) {
            names.add(topic);
            names.add(topic + DeadLetters.SUFFIX);
        }
        return names;
    }

    /**
     * The consumer groups of this service's listeners by the topic they consume: a service may listen to
     * a topic in more than one group (each group gets every event), and each dead-letters on its own.
     */
    public static Map<String, Set<String>> consumerGroups(ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        Map<String, Set<String>> groups = new TreeMap<>();
        listeners.ifAvailable(registry -> registry.getListenerContainers().forEach(container -> {
            String[] names = container.getContainerProperties().getTopics();
            if (names != null && container.getGroupId() != null) {
                for (String topic : names) {
                    groups.computeIfAbsent(topic, t -> new TreeSet<>()).add(container.getGroupId());
                }
            }
        }));
        return groups;
    }

    /** Every topic the listeners of this service consume. */
    public static Set<String> consumedTopics(ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        Set<String> topics = new TreeSet<>();
        listeners.ifAvailable(registry -> registry.getListenerContainers().forEach(container -> {
            String[] names = container.getContainerProperties().getTopics();
            if (names != null) {
                topics.addAll(List.of(names));
            }
        }));
        return topics;
    }

    /** The topics this service declares, with their partitions and replication factor. */
    public List<NewTopic> topics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names(application, consumedTopics(listeners))) {
            topics.add(TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas()).build());
        }
        return topics;
    }

    /** True once every topic has been declared to the broker. */
    public boolean declared() {
        return declared;
    }

    /** Declares the topics; false (and a warning) when the broker could not be reached or refused. */
    public boolean declare() {
        List<NewTopic> topics = topics();
        if (topics.isEmpty()) {
            declared = true;
            return true;
        }
        try {
            admin.createOrModifyTopics(topics.toArray(NewTopic[]::new));
            declared = true;
            log.info("topics declared: {} (partitions={}, replicas={})", topics.stream().map(NewTopic::name).toList(),
                    properties.partitions(), properties.replicas());
            return true;
        } catch (RuntimeException e) {
            log.warn("topics not declared yet, trying again in {}s: {}", RETRY_SECONDS, e.toString());
            return false;
        }
    }

    @Override
    public void start() {
        running = true;
        if (!declare()) {
            retry = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "event-topics");
                thread.setDaemon(true);
                return thread;
            });
            retry.scheduleWithFixedDelay(() -> {
                if (declare()) {
                    retry.shutdown();
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Override
    public void stop() {
        running = false;
        if (retry != null) {
            retry.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
