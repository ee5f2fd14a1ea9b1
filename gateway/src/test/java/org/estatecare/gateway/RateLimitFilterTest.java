package org.estatecare.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Whom a request is counted as: a token's subject, with the limit of its client when that client has one; without
 * a token its address, and a forwarded one only from a trusted proxy.
 */
class RateLimitFilterTest {

    final RateLimitFilter filter = new RateLimitFilter(
            new GatewayProperties(Map.of(), null, null, null, null, null, null),
            new MockEnvironment().withProperty(RateLimitFilter.TRUSTED_PROXIES, "10\\.\\d+\\.\\d+\\.\\d+"));

    static MockServerWebExchange from(String peer, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post("/api/survey-answers")
                .remoteAddress(new InetSocketAddress(peer, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return MockServerWebExchange.from(request);
    }

    @Test
    void residentsBehindTheIngressAreCountedEachByTheAddressTheIngressSaw() {
        assertThat(filter.anonymousKey(from("10.0.0.7", "203.0.113.5"))).isEqualTo("addr:203.0.113.5");
        assertThat(filter.anonymousKey(from("10.0.0.7", "203.0.113.6"))).isEqualTo("addr:203.0.113.6");
        // what the client itself wrote in front is not believed: the ingress appended the address it saw
        assertThat(filter.anonymousKey(from("10.0.0.7", "198.51.100.1, 203.0.113.5"))).isEqualTo("addr:203.0.113.5");
    }

    @Test
    void aClientReachingTheGatewayDirectlyCannotChooseItsBucket() {
        assertThat(filter.anonymousKey(from("203.0.113.9", "198.51.100.1"))).isEqualTo("addr:203.0.113.9");
        assertThat(filter.anonymousKey(from("203.0.113.9", null))).isEqualTo("addr:203.0.113.9");
    }

    static JwtAuthenticationToken token(String subject, String client) {
        return new JwtAuthenticationToken(Jwt.withTokenValue("t").header("alg", "RS256").subject(subject).claim("azp", client).build());
    }

    @Test
    void aClientWithALimitOfItsOwnGivesItToItsCallersInABucketOfThatSize() {
        RateLimitFilter withBulkClient = new RateLimitFilter(new GatewayProperties(Map.of(),
                new GatewayProperties.RateLimit(20, 40, List.of(new GatewayProperties.ClientLimit("dept-import", 300, 600))),
                null, null, null, null, null), new MockEnvironment());

        RateLimitFilter.Caller bulk = withBulkClient.caller(token("svc-import", "dept-import"));
        RateLimitFilter.Caller user = withBulkClient.caller(token("officer-1", "estatecare-cli"));

        assertThat(bulk.requestsPerSecond()).isEqualTo(300);
        assertThat(bulk.burst()).isEqualTo(600);
        assertThat(user.requestsPerSecond()).isEqualTo(20);
        assertThat(user.burst()).isEqualTo(40);
        // the same subject through an ordinary client is counted apart, at the default limit
        assertThat(withBulkClient.caller(token("svc-import", "estatecare-cli")).key()).isNotEqualTo(bulk.key());
        assertThat(withBulkClient.caller(token("svc-import", "estatecare-cli")).requestsPerSecond()).isEqualTo(20);
    }

    @Test
    void aClientNamedTwiceIsRefusedAtStartRatherThanGivenWhicheverLimitComesFirst() {
        List<GatewayProperties.ClientLimit> twice = List.of(new GatewayProperties.ClientLimit("dept-import", 300, 600),
                new GatewayProperties.ClientLimit("dept-import", 5, 5));

        assertThatThrownBy(() -> new GatewayProperties.RateLimit(20, 40, twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dept-import twice");
    }

    @Test
    void aTokenWithoutAClientHasTheDefaultLimitBySubject() {
        RateLimitFilter withBulkClient = new RateLimitFilter(new GatewayProperties(Map.of(),
                new GatewayProperties.RateLimit(20, 40, List.of(new GatewayProperties.ClientLimit("dept-import", 300, 600))),
                null, null, null, null, null), new MockEnvironment());

        RateLimitFilter.Caller caller = withBulkClient.caller(new JwtAuthenticationToken(
                Jwt.withTokenValue("t").header("alg", "RS256").subject("officer-1").build()));

        assertThat(caller.key()).isEqualTo("sub:officer-1");
        assertThat(caller.requestsPerSecond()).isEqualTo(20);
        assertThat(caller.burst()).isEqualTo(40);
    }

    @Test
    void withoutClientLimitsEveryTokenHasTheDefaultLimitBySubject() {
        RateLimitFilter.Caller caller = filter.caller(token("officer-1", "dept-import"));

        assertThat(caller.key()).isEqualTo("sub:officer-1");
        assertThat(caller.requestsPerSecond()).isEqualTo(20);
    }
}
