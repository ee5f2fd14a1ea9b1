package org.estatecare.kit.config;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.inbox.DeadLetterEndpoint;
import org.estatecare.kit.inbox.DeadLetterReplay;
import org.estatecare.kit.inbox.DeadLetters;
import org.estatecare.kit.inbox.SequenceGuard;
import org.estatecare.kit.kafka.EventTopics;
import org.estatecare.kit.kafka.EventsProperties;
import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.kit.metrics.KitMetricsProperties;
import org.estatecare.kit.outbox.OutboxProperties;
import org.estatecare.kit.outbox.OutboxRelay;
import org.estatecare.kit.security.KitSecurityProperties;
import org.estatecare.kit.security.ResourceServerConfiguration;
import org.estatecare.kit.web.CallerArgumentResolver;
import org.estatecare.kit.web.CorrelationIdFilter;
import org.estatecare.kit.web.IdempotencyFilter;
import org.estatecare.kit.web.KitWebProperties;
import org.estatecare.kit.web.PageableResolver;
import org.estatecare.kit.web.PayloadSizeLimitFilter;
import org.estatecare.kit.web.ProblemHandler;
import org.estatecare.kit.web.ProblemMessages;
import org.estatecare.kit.web.ProblemWriter;
import org.estatecare.kit.web.RequestInputFilter;
import org.estatecare.kit.web.StrictText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

/** Everything a service gets from the kit by depending on it. */
@AutoConfiguration
@EnableConfigurationProperties({ServiceProperties.class, KitWebProperties.class, KitSecurityProperties.class,
        OutboxProperties.class, EventsProperties.class, KitMetricsProperties.class})
public class KitAutoConfiguration {

    /**
     * Filter order: size limit and correlation id before security; idempotency after it (needs the caller). The very
     * first place is left to a service's own protocol, which may restate every answer of its paths (Open311's errors).
     */
    static final int PAYLOAD_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;
    static final int CORRELATION_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;
    static final int REQUEST_INPUT_ORDER = Ordered.HIGHEST_PRECEDENCE + 3;
    static final int IDEMPOTENCY_ORDER = 0;

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * JSON is read as written, never guessed at: unknown fields and duplicate keys are refused (a typo
     * or a second value must not lose or replace data), a fraction is not truncated into a count, a
     * number or boolean is not read as text or the reverse, an enum is named, not numbered, and every
     * text passes {@link StrictText} (no control characters, a length ceiling).
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson(KitWebProperties web) {
        return builder -> builder
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.String, CoercionInputShape.EmptyString,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.EmptyString,
                        CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.String, CoercionInputShape.EmptyString,
                        CoercionInputShape.Integer, CoercionInputShape.Float))
                .withCoercionConfig(LogicalType.Enum, refuse(CoercionInputShape.EmptyString, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .withCoercionConfig(LogicalType.DateTime, refuse(CoercionInputShape.EmptyString, CoercionInputShape.Integer,
                        CoercionInputShape.Float, CoercionInputShape.Boolean))
                .addModule(StrictText.module(web.maxTextLength()));
    }

    /** A scalar comes in its own JSON shape: no "12" or 12.5 for a count, no 1 for true, no "" for absent. */
    private static java.util.function.Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
        return config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        };
    }

    /**
     * The producer of the outbox relay and the DLT: idempotent, acks from all replicas, and short
     * blocking so a missing broker pauses the relay instead of stalling it.
     */
    @Bean
    KafkaTemplate<String, String> eventTemplate(KafkaProperties kafka, OutboxProperties outbox) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        // The producer gives up on a record no later than the relay stops waiting for it (send-timeout):
        // a record the relay will send again can never also be delivered late from the producer's buffer.
        int delivery = (int) outbox.sendTimeout().toMillis();
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5_000, (delivery - 5) / 2));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
        DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(config);
        // on shutdown, unacknowledged events stay in the outbox and go out after the restart
        producers.setPhysicalCloseTimeout(5);
        KafkaTemplate<String, String> template = new KafkaTemplate<>(producers);
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    @ConditionalOnProperty(name = "estatecare.outbox.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> eventTemplate, MongoMappingContext mapping,
                            OutboxProperties properties, ServiceProperties service, Clock clock, MeterRegistry meters) {
        return new OutboxRelay(mongo, eventTemplate, () -> aggregateCollections(mapping), properties,
                "/estatecare/" + service.name(), clock, meters);
    }

    /** Every topic this service publishes on, consumes and dead-letters into, made before its listeners start. */
    @Bean
    EventTopics eventTopics(KafkaAdmin admin, EventsProperties events, ServiceProperties service,
                            ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        return new EventTopics(admin, events, service.name(), listeners);
    }

    @Bean
    SequenceGuard sequenceGuard(MongoTemplate mongo) {
        return new SequenceGuard(mongo);
    }

    @Bean(destroyMethod = "close")
    BusinessGauges businessGauges(MeterRegistry meters, KitMetricsProperties metrics) {
        return new BusinessGauges(meters, metrics.businessRefreshInterval());
    }

    /** The DLT counter of every topic a listener consumes, at zero from the start. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> deadLetterCounters(ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                                                                  MeterRegistry meters) {
        return ready -> EventTopics.consumedTopics(listeners).forEach(topic -> DeadLetters.counter(meters, topic));
    }

    /** Replaying this service's dead letters once their cause is fixed: {@code /actuator/deadletters}. */
    @Bean
    DeadLetterReplay deadLetterReplay(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> eventTemplate,
                                      MongoTemplate mongo, Clock clock,
                                      ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        return new DeadLetterReplay(consumers, eventTemplate, mongo, clock, () -> EventTopics.consumerGroups(listeners));
    }

    @Bean
    DeadLetterEndpoint deadLetterEndpoint(DeadLetterReplay replay) {
        return new DeadLetterEndpoint(replay);
    }

    @Bean
    DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, String> eventTemplate, MeterRegistry meters,
                                          EventsProperties events) {
        return DeadLetters.errorHandler(eventTemplate, meters, events.retryInterval().toMillis(), events.retries());
    }

    /** The HTTP side, for services that serve HTTP (a pure event consumer gets none of it). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import(ResourceServerConfiguration.class)
    static class Web {

        static {
            // the caller comes from the token, never from the request: no operation lists it as a parameter
            org.springdoc.core.utils.SpringDocUtils.getConfig().addRequestWrapperToIgnore(org.estatecare.kit.security.Caller.class);
        }

        @Bean
        ProblemMessages problemMessages() {
            return new ProblemMessages();
        }

        @Bean
        ProblemWriter problemWriter(JsonMapper json, ProblemMessages messages) {
            return new ProblemWriter(json, messages);
        }

        @Bean
        ProblemHandler problemHandler(ProblemWriter writer, ProblemMessages messages) {
            return new ProblemHandler(writer, messages);
        }

        @Bean
        FilterRegistrationBean<PayloadSizeLimitFilter> payloadSizeLimitFilter(KitWebProperties web, ProblemWriter problems) {
            var registration = new FilterRegistrationBean<>(new PayloadSizeLimitFilter(web.maxPayloadSize().toBytes(), problems));
            registration.setOrder(PAYLOAD_LIMIT_ORDER);
            return registration;
        }

        @Bean
        FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
            var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
            registration.setOrder(CORRELATION_ORDER);
            return registration;
        }

        @Bean
        FilterRegistrationBean<RequestInputFilter> requestInputFilter(KitWebProperties web, ProblemWriter problems) {
            var registration = new FilterRegistrationBean<>(new RequestInputFilter(web.maxParameterLength(), web.maxTextLength(), problems));
            registration.setOrder(REQUEST_INPUT_ORDER);
            return registration;
        }

        @Bean
        FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoTemplate mongo, ProblemWriter problems,
                                                                    KitWebProperties web, Clock clock) {
            IdempotencyFilter filter = new IdempotencyFilter(mongo, problems, web, clock);
            filter.createIndexes();
            var registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(IDEMPOTENCY_ORDER);
            return registration;
        }

        @Bean
        io.swagger.v3.oas.models.OpenAPI openApi(ServiceProperties service, OAuth2ResourceServerProperties resourceServer) {
            return org.estatecare.kit.web.OpenApiDescription.of(service.name(), resourceServer.getJwt().getIssuerUri());
        }

        /**
         * The caller from the token, and a list's page read strictly. First among the argument resolvers
         * added by configuration, so Spring Data's lenient {@code Pageable} resolver never gets a list.
         */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        WebMvcConfigurer kitArguments(KitWebProperties web) {
            return new WebMvcConfigurer() {
                @Override
                public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                    resolvers.add(new CallerArgumentResolver());
                    resolvers.add(new PageableResolver(web.defaultPageSize(), web.maxPageSize()));
                }

                @Override
                public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
                    registry.addInterceptor(new org.estatecare.kit.web.DeprecationHeaders());
                }
            };
        }

        /** A {@link org.estatecare.kit.web.Deprecation deprecated} operation says so in the OpenAPI document too. */
        @Bean
        org.springdoc.core.customizers.OperationCustomizer deprecatedOperations() {
            return (operation, handler) -> {
                var deprecation = handler.getMethodAnnotation(org.estatecare.kit.web.Deprecation.class);
                if (deprecation != null) {
                    operation.setDeprecated(true);
                    operation.addExtension("x-deprecated-on", deprecation.since());
                    operation.addExtension("x-sunset", deprecation.sunset());
                    operation.addExtension("x-successor", deprecation.successor());
                    String note = "Deprecated since " + deprecation.since() + ", gone from " + deprecation.sunset()
                            + ": use " + deprecation.successor() + " (docs/api/CHANGELOG.md).";
                    operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
                }
                return operation;
            };
        }
    }

    /** The collections whose documents are aggregates, hence may hold unpublished events. */
    static Set<String> aggregateCollections(MongoMappingContext mapping) {
        return mapping.getPersistentEntities().stream()
                .filter(entity -> Aggregate.class.isAssignableFrom(entity.getType()))
                .map(MongoPersistentEntity::getCollection)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
