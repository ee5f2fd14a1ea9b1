package org.estatecare.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What the gateway routes and how. A new service is a few lines under {@code services}; its address
 * comes from configuration (Kubernetes service DNS in Helm, localhost locally), e.g.
 * {@code ESTATECARE_GATEWAY_SERVICES_REGISTRY_URI=http://estate-registry:8081}.
 *
 * @param maxRequestSize largest request body let through (413 above it)
 * @param maxUrlLength   longest URL, path and query, let through (414 above it); the HTTP server reads longer
 *                       request lines ({@code server.netty.max-initial-line-length}) so that the answer is ours
 * @param clockSkew      how far a token's expiry and not-before may be off the gateway's clock
 * @param identityProviderTimeout longest wait for the identity provider's discovery document and signing keys;
 *                       a token that needs them then is refused (401) instead of holding its request open
 */
@Validated
@ConfigurationProperties("estatecare.gateway")
public record GatewayProperties(@NotEmpty Map<String, @Valid Service> services, @Valid RateLimit rateLimit,
                                DataSize maxRequestSize, @Min(64) Integer maxUrlLength, Duration clockSkew, @Valid Cors cors,
                                Duration identityProviderTimeout) {

    public GatewayProperties {
        rateLimit = rateLimit == null ? new RateLimit(20, 40, List.of()) : rateLimit;
        maxRequestSize = maxRequestSize == null ? DataSize.ofKilobytes(256) : maxRequestSize;
        maxUrlLength = maxUrlLength == null ? 8192 : maxUrlLength;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("estatecare.gateway.clock-skew must not be negative");
        }
        identityProviderTimeout = identityProviderTimeout == null ? Duration.ofSeconds(5) : identityProviderTimeout;
        if (identityProviderTimeout.isNegative() || identityProviderTimeout.isZero()) {
            throw new IllegalArgumentException("estatecare.gateway.identity-provider-timeout must be positive");
        }
        cors = cors == null ? new Cors(List.of(), List.of("GET", "POST", "PUT", "DELETE", "OPTIONS")) : cors;
    }

    /**
     * One service behind the gateway.
     *
     * @param name    shown in Swagger UI
     * @param uri     where it listens
     * @param paths   path patterns routed to it
     * @param timeout longest wait for its answer; slower counts as a failure of the service
     * @param order   lower is matched first (default 0): a service owning sub-resources of another's
     *                paths, e.g. {@code /api/estates/*}{@code /fee-class}, comes before it
     */
    public record Service(String name, @NotNull URI uri, @NotEmpty List<String> paths, Duration timeout, Integer order) {
        public Service {
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
            order = order == null ? 0 : order;
        }
    }

    /**
     * Token bucket per caller: {@code requestsPerSecond} sustained, bursts up to {@code burst}.
     *
     * @param clients a limit of their own for the callers of named OAuth clients (the token's {@code azp}), such as
     *                a department's bulk import; every other caller has the default
     */
    public record RateLimit(@Min(1) int requestsPerSecond, @Min(1) int burst, List<@Valid ClientLimit> clients) {
        public RateLimit {
            clients = clients == null ? List.of() : List.copyOf(clients);
            Set<String> named = new HashSet<>();
            for (ClientLimit client : clients) {
                if (client != null && client.clientId() != null && !named.add(client.clientId())) {
                    throw new IllegalArgumentException("estatecare.gateway.rate-limit.clients names " + client.clientId()
                            + " twice: which limit it has would depend on the order");
                }
            }
        }

        /** Each named client's own limit by its client id (the token's {@code azp}). */
        Map<String, ClientLimit> byClient() {
            return clients.stream().collect(Collectors.toUnmodifiableMap(ClientLimit::clientId, client -> client));
        }
    }

    /** The limit of each caller of one OAuth client. */
    public record ClientLimit(@NotBlank String clientId, @Min(1) int requestsPerSecond, @Min(1) int burst) {
    }

    /** Browser origins allowed to call the API (none by default). */
    public record Cors(List<String> allowedOrigins, List<String> allowedMethods) {
        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins;
            allowedMethods = allowedMethods == null ? List.of("GET", "POST", "PUT", "DELETE", "OPTIONS") : allowedMethods;
        }
    }
}
