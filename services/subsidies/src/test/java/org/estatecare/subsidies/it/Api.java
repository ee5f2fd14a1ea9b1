package org.estatecare.subsidies.it;

import java.util.Map;

import org.estatecare.testing.TestHttp;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A caller of the subsidies service over real HTTP ({@link TestHttp}), reading answers as JSON. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final TestHttp http;

    Api(String base, String token, Map<String, String> headers) {
        TestHttp http = new TestHttp(base, token);
        for (var header : headers.entrySet()) {
            http = http.header(header.getKey(), header.getValue());
        }
        this.http = http;
    }

    private Api(TestHttp http) {
        this.http = http;
    }

    Api header(String name, String value) {
        return new Api(http.header(name, value));
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, String json) {
        return send("POST", path, json);
    }

    Response put(String path, String json) {
        return send("PUT", path, json);
    }

    Response send(String method, String path, String json) {
        return new Response(http.send(method, path, json));
    }

    record Response(TestHttp.Response raw) {

        int status() {
            return raw.status();
        }

        String body() {
            return raw.body();
        }

        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String header(String name) {
            return raw.header(name);
        }

        String id() {
            return json().path("id").asString();
        }

        @Override
        public String toString() {
            return raw.toString();
        }
    }
}
