package org.estatecare.client;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import feign.RequestTemplate;
import feign.Response;
import feign.codec.Decoder;
import feign.codec.Encoder;
import tools.jackson.databind.json.JsonMapper;

/** Bodies as JSON with Jackson: any value out (records, maps, {@code JsonNode}), the declared type in. */
public class JsonCodec implements Encoder, Decoder {

    private final JsonMapper json;

    public JsonCodec() {
        this(JsonMapper.builder().build());
    }

    public JsonCodec(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void encode(Object body, Type bodyType, RequestTemplate template) {
        template.header("Content-Type", "application/json");
        template.body(json.writeValueAsBytes(body), StandardCharsets.UTF_8);
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type == void.class || type == Void.class || response.body() == null || response.status() == 204) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readAllBytes();
            if (type == String.class) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return bytes.length == 0 ? null : json.readValue(bytes, json.getTypeFactory().constructType(type));
        }
    }
}
