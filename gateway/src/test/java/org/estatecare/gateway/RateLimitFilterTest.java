package org.estatecare.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** Whom a request without a token is counted as: its address, and a forwarded one only from a trusted proxy. */
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
}
