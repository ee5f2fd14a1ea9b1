package org.estatecare.complaints.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The district's first division of duties as the service ships it, read exactly as the service reads it. */
public final class ShippedRoutingTable {

    private ShippedRoutingTable() {
    }

    public static DutyDecisionText decision() {
        try (InputStream in = new ClassPathResource("duty-division/hedong-2026-2.json").getInputStream()) {
            return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DutyDecisionText.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RoutingTable hedong() {
        DutyDecisionText shipped = decision();
        return new RoutingTable("hedong", shipped.version(), shipped.steps());
    }
}
