package org.estatecare.webhooks.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.estatecare.webhooks.WebhooksProperties;
import org.estatecare.webhooks.destination.Destinations;
import org.springframework.stereotype.Component;

/**
 * Sends one signed delivery: {@code POST} of the CloudEvents JSON with {@code webhook-id} (the event's id, the same on
 * every attempt), {@code webhook-timestamp} and {@code webhook-signature}. Names resolve through {@link Destinations},
 * so only public addresses are connected to; redirects are not followed; the answer's body is not read.
 */
@Component
public class Sender implements AutoCloseable {

    static final String USER_AGENT = "EstateCare-Webhooks/1";

    private final CloseableHttpClient http;

    Sender(Destinations destinations, WebhooksProperties settings) {
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PublicOnly(destinations))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS))
                                .setSocketTimeout(Timeout.of(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS)).build())
                        .setMaxConnTotal(50).setMaxConnPerRoute(4).build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(Timeout.of(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS)).build())
                .disableAutomaticRetries().disableCookieManagement().setUserAgent(USER_AGENT).build();
    }

    /** What an attempt came to: the status (0 when no answer came) and the error, if it failed. */
    public record Outcome(int status, String error) {
        public boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    public Outcome send(URI url, String webhookId, long timestamp, List<String> secrets, String body) {
        HttpPost post = new HttpPost(url);
        post.setHeader("webhook-id", webhookId);
        post.setHeader("webhook-timestamp", Long.toString(timestamp));
        post.setHeader("webhook-signature", Signature.header(secrets, webhookId, timestamp, body));
        post.setEntity(new StringEntity(body, ContentType.create("application/cloudevents+json", StandardCharsets.UTF_8)));
        try {
            return http.execute(post, response -> {
                int status = response.getCode();
                return new Outcome(status, status >= 200 && status < 300 ? null : "answered " + status);
            });
        } catch (UnknownHostException refused) {
            return new Outcome(0, refused.getMessage());
        } catch (IOException e) {
            return new Outcome(0, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** Resolves every name through {@link Destinations}: only public addresses, or an allowed development receiver's. */
    private record PublicOnly(Destinations destinations) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return destinations.resolve(host);
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
