package org.estatecare.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import org.estatecare.events.estates.EstateEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fails when a schema changes in a way that breaks a consumer written against the published one
 * (the baseline in {@code src/test/resources/schema-baseline}). A deliberate break needs a new topic
 * version ({@code estates.v2}), not an edit of the baseline.
 */
class SchemaCompatibilityTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<EventContract<?>> contracts() {
        return EventCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void currentSchemaIsBackwardCompatibleWithTheBaseline(EventContract<?> contract) throws IOException {
        JsonNode baseline = read("schema-baseline/" + contract.schemaResource().substring("schemas/".length()));
        assertThat(baseline)
                .as("no baseline for %s: copy its schema into src/test/resources/schema-baseline when first published",
                        contract.type())
                .isNotNull();

        assertThat(SchemaCompatibility.breakingChanges(baseline, read(contract.schemaResource()))).isEmpty();
    }

    @Test
    void removingARequiredFieldIsBreaking() {
        JsonNode before = JSON.readTree("""
                {"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}},"required":["a","b"]}""");
        JsonNode after = JSON.readTree("""
                {"type":"object","properties":{"a":{"type":"string"}},"required":["a"]}""");

        assertThat(SchemaCompatibility.breakingChanges(before, after))
                .containsExactlyInAnyOrder("property 'b' was removed", "property 'b' is no longer required");
    }

    @Test
    void changingATypeOrAddingAnEnumValueIsBreaking() {
        JsonNode before = JSON.readTree("""
                {"type":"object","properties":{"a":{"type":"string"},"m":{"enum":["X","Y"]}},"required":["a","m"]}""");
        JsonNode after = JSON.readTree("""
                {"type":"object","properties":{"a":{"type":"integer"},"m":{"enum":["X","Y","Z"]}},"required":["a","m"]}""");

        assertThat(SchemaCompatibility.breakingChanges(before, after))
                .containsExactlyInAnyOrder("property 'a' changed type from \"string\" to \"integer\"",
                        "property 'm' gained enum values [\"Z\"]");
    }

    @Test
    void addingAnOptionalOrRequiredFieldIsCompatible() {
        JsonNode before = JSON.readTree("""
                {"type":"object","properties":{"a":{"type":"string"}},"required":["a"]}""");
        JsonNode after = JSON.readTree("""
                {"type":"object","properties":{"a":{"type":"string"},"b":{"type":"string"},"c":{"type":"number"}},"required":["a","c"]}""");

        assertThat(SchemaCompatibility.breakingChanges(before, after)).isEmpty();
    }

    static JsonNode read(String resource) throws IOException {
        try (InputStream in = SchemaCompatibilityTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : JSON.readTree(in);
        }
    }
}
