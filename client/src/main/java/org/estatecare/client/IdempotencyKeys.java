package org.estatecare.client;

import java.util.UUID;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Every POST carries an {@code Idempotency-Key}: a fresh one per call unless the caller set its own. A retry sends
 * the same request again, key included, so a retried write takes effect once.
 */
public class IdempotencyKeys implements RequestInterceptor {

    public static final String HEADER = "Idempotency-Key";

    @Override
    public void apply(RequestTemplate template) {
        if ("POST".equals(template.method()) && !template.headers().containsKey(HEADER)) {
            template.header(HEADER, UUID.randomUUID().toString());
        }
    }
}
