package org.estatecare.webhooks.destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DestinationsTest {

    final Destinations destinations = new Destinations(List.of("127.0.0.1:18080"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://127.0.0.1:18081/hook", "http://localhost:18080/hook",
            "http://[::1]/hook", "http://0.0.0.0/hook", "http://10.1.2.3/hook", "http://172.20.0.5/hook",
            "http://192.168.1.10/hook", "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/hook",
            "http://[fd00::1]/hook", "http://[::ffff:10.0.0.1]/hook", "http://224.0.0.1/hook", "http://2130706433/hook",
            "http://kafka:9092/", "http://complaints.estatecare.svc.cluster.local:8083/api", "http://gateway/api",
            "http://router.local/hook", "ftp://example.org/hook", "file:///etc/passwd", "http://user:pw@example.org/hook",
            "hook"})
    void anAddressInsideTheClusterOnThisHostOrOnAPrivateNetworkIsRefused(String url) {
        assertThat(destinations.refusal(URI.create(url))).as(url).isNotNull();
    }

    @Test
    void aPublicAddressAndAnAllowedDevelopmentReceiverPass() {
        assertThat(destinations.refusal(URI.create("https://93.184.215.14/hooks/estatecare"))).isNull();
        assertThat(destinations.refusal(URI.create("http://[2001:4860:4860::8888]/hook"))).isNull();
        assertThat(destinations.refusal(URI.create("http://127.0.0.1:18080/hook"))).as("named in allowed-private").isNull();
    }

    @Test
    void deliveryConnectsOnlyToPublicAddresses() throws UnknownHostException {
        assertThatThrownBy(() -> destinations.resolve("localhost")).isInstanceOf(UnknownHostException.class);
        assertThatThrownBy(() -> destinations.resolve("10.0.0.7")).isInstanceOf(UnknownHostException.class);
        assertThat(destinations.resolve("93.184.215.14")).containsExactly(InetAddress.getByName("93.184.215.14"));
        assertThat(destinations.resolve("127.0.0.1")).as("the allowed receiver's host")
                .containsExactly(InetAddress.getByName("127.0.0.1"));
    }
}
