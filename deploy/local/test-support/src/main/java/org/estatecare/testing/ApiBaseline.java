package org.estatecare.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * API change control: a service's OpenAPI document, as it serves it, against the baseline committed in
 * {@code docs/api/<service>.json}, compared by openapi-diff (OpenAPITools). A breaking change fails: a deliberate break
 * goes under a new version path while the old operation stays, marked {@code @Deprecation}, until its sunset; only
 * then may it go. A compatible change fails too until the baseline is refreshed ({@value #WRITE}), so that the
 * baseline is always the API as last released. Deprecated operations must carry their dates and a successor that
 * exists, and be listed in {@code docs/api/CHANGELOG.md}.
 */
public final class ApiBaseline {

    /** The system property that rewrites the baseline from the running service (refused for a breaking change). */
    public static final String WRITE = "api.baseline.write";
    static final int LEAST_NOTICE_DAYS = 180;
    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper SORTED = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ApiBaseline() {
    }

    /** Checks the document the service on this loopback port serves at {@code /v3/api-docs}. */
    public static void checkServedAt(String service, int port) {
        try {
            var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("GET /v3/api-docs answered " + answer.statusCode());
            }
            check(service, answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Checks the document a service serves; throws {@link AssertionError} saying what to do when it must not pass. */
    public static void check(String service, String servedDocument) {
        check(service, servedDocument, repository(), LocalDate.now(DISTRICT), Boolean.getBoolean(WRITE));
    }

    static void check(String service, String servedDocument, Path repository, LocalDate today, boolean write) {
        String current = normalised(servedDocument);
        Path baselineFile = repository.resolve("docs/api/" + service + ".json");
        List<String> problems = deprecationProblems(service, read(current), repository.resolve("docs/api/CHANGELOG.md"));
        if (!problems.isEmpty()) {
            throw new AssertionError("deprecated operations of " + service + ":\n  " + String.join("\n  ", problems));
        }
        if (!Files.exists(baselineFile)) {
            if (write) {
                writeBaseline(baselineFile, current);
                return;
            }
            throw new AssertionError("no API baseline " + baselineFile.getFileName() + ": write it with -D" + WRITE + "=true");
        }
        String baseline = withoutSunsetOperations(readFile(baselineFile), today);
        ChangedOpenApi diff = OpenApiCompare.fromContents(baseline, current);
        if (diff.isIncompatible()) {
            throw new AssertionError("breaking change to the API of " + service + " against docs/api/" + service + ".json. "
                    + "Keep the operation and add the changed one under a new version path (e.g. /api/v2/…); mark the old "
                    + "one @Deprecation (at least " + LEAST_NOTICE_DAYS + " days to its sunset) and list it in "
                    + "docs/api/CHANGELOG.md.\n" + markdown(diff));
        }
        if (write) {
            writeBaseline(baselineFile, current);
        } else if (!diff.isUnchanged()) {
            throw new AssertionError("the API of " + service + " changed compatibly; refresh its baseline with -D" + WRITE
                    + "=true and commit docs/api/" + service + ".json.\n" + markdown(diff));
        }
    }

    /**
     * The document without what differs between runs of the same code: the servers (the test's port) and the
     * identity provider's address; keys sorted, indented, so the committed file reads well in a diff.
     */
    static String normalised(String document) {
        ObjectNode root = (ObjectNode) read(document);
        root.remove("servers");
        root.path("components").path("securitySchemes").forEach(scheme -> {
            if (scheme.has("openIdConnectUrl")) {
                ((ObjectNode) scheme).put("openIdConnectUrl", "https://identity/realms/estatecare/.well-known/openid-configuration");
            }
        });
        try {
            return SORTED.writeValueAsString(JSON.treeToValue(root, Object.class)) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline without the operations whose sunset has come: those may leave the API. */
    static String withoutSunsetOperations(String baseline, LocalDate today) {
        ObjectNode root = (ObjectNode) read(baseline);
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            ObjectNode path = (ObjectNode) paths.next().getValue();
            List<String> gone = new ArrayList<>();
            path.fieldNames().forEachRemaining(method -> {
                JsonNode sunset = path.path(method).path("x-sunset");
                if (METHODS.contains(method) && path.path(method).path("deprecated").asBoolean()
                        && sunset.isTextual() && !LocalDate.parse(sunset.asText()).isAfter(today)) {
                    gone.add(method);
                }
            });
            gone.forEach(path::remove);
            if (METHODS.stream().noneMatch(path::has)) {
                paths.remove();
            }
        }
        return root.toString();
    }

    /** Every deprecated operation has its dates, a successor in the same document, and a line in the changelog. */
    static List<String> deprecationProblems(String service, JsonNode document, Path changelog) {
        List<String> problems = new ArrayList<>();
        String log = Files.exists(changelog) ? readFile(changelog) : "";
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            JsonNode operation = entry.getValue();
            if (!METHODS.contains(entry.getKey()) || !operation.path("deprecated").asBoolean()) {
                return;
            }
            String name = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            String since = operation.path("x-deprecated-on").asText("");
            String sunset = operation.path("x-sunset").asText("");
            String successor = operation.path("x-successor").asText("");
            try {
                if (LocalDate.parse(since).plusDays(LEAST_NOTICE_DAYS).isAfter(LocalDate.parse(sunset))) {
                    problems.add(name + ": its sunset " + sunset + " is less than " + LEAST_NOTICE_DAYS + " days after " + since);
                }
            } catch (RuntimeException e) {
                problems.add(name + ": deprecated without @Deprecation's dates (x-deprecated-on, x-sunset)");
            }
            String[] successorParts = successor.split(" ", 2);
            JsonNode next = successorParts.length < 2 ? null
                    : document.path("paths").path(successorParts[1]).path(successorParts[0].toLowerCase(java.util.Locale.ROOT));
            if (next == null || next.isMissingNode() || next.path("deprecated").asBoolean()) {
                problems.add(name + ": its successor '" + successor + "' is not an operation of the API that stays");
            }
            boolean listed = log.lines().anyMatch(line -> line.contains("`" + name + "`") && line.contains(service)
                    && line.contains(since) && line.contains(sunset));
            if (!listed) {
                problems.add(name + ": not listed in docs/api/CHANGELOG.md with " + service + ", " + since + " and " + sunset);
            }
        }));
        return problems;
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException | RuntimeException e) {
            return "(the difference could not be rendered: " + e + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The repository's root: the nearest folder up from here with the Maven wrapper and the docs. */
    static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + here);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not a JSON document: " + e.getMessage());
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBaseline(Path file, String document) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
