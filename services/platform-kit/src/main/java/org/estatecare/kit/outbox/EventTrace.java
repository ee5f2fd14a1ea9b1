package org.estatecare.kit.outbox;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * The trace an event belongs to, as a W3C {@code traceparent}. The relay publishes later and from its own thread,
 * so the trace of the work that recorded the event (a request, a consumed event) is kept with the event and
 * restored around its publication: the producer's span is a child of that work, and the record's headers carry
 * the trace on to the consumers.
 */
final class EventTrace {

    static final String TRACEPARENT = "traceparent";
    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private EventTrace() {
    }

    /** The trace running now; null outside any (a unit test, a tracer-less tool). */
    static String current() {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The context to publish an event in: the recorded trace as its parent, or none (a new trace starts). */
    static Context of(String traceparent) {
        return traceparent == null ? Context.root() : W3C.extract(Context.root(), Map.of(TRACEPARENT, traceparent), MAP);
    }
}
