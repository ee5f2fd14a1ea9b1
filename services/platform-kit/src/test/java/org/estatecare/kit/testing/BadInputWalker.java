package org.estatecare.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks every POST, PUT and PATCH operation of a running service's own OpenAPI document and sends it
 * input it must refuse: malformed JSON, an empty body, an array or a bare value instead of an object,
 * duplicate keys, the wrong content type, and, field by field from a valid example body, values of the
 * wrong type, fractions for counts, out-of-range and absurd numbers, oversized text, control
 * characters and impossible dates. Each case must answer 4xx {@code application/problem+json} (under {@code /open311/},
 * GeoReport v2's own array of errors) with a
 * body, and leave the service's whole database as it was (a fingerprint of every document of every
 * collection, before and after).
 *
 * <p>A service's test supplies a valid example body per operation (a schema-generated one is used
 * otherwise), ids of real objects for path variables (so a request reaches validation, not a 404), the
 * caller per operation when the district admin may not call it, and form bodies for operations that
 * take {@code application/x-www-form-urlencoded}. {@link #cases()} yields one JUnit dynamic test per
 * case, named "METHOD path · field · input", and a last one that writes the counts per operation and
 * outcome to {@code target/bad-input/<service>.md} and prints them.
 */
public final class BadInputWalker {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** Amounts of money, whose unit (the fen) allows two decimals: 1.001 must be refused. */
    private static final Pattern MONEY = Pattern.compile("(?i).*(amount|fee|price|billed|collected|subsidy|minimum|maximum|money|yuan|cost).*");
    static final int OVERSIZED = 100_000;
    /**
     * Replaced in every body by a fresh value per case: names and codes that must be unique stay so,
     * and a case the service wrongly accepted does not turn the next ones into duplicates (409).
     */
    public static final String UNIQUE = "{{unique}}";
    /**
     * The last case of each operation sends its valid example unchanged: it must be accepted (2xx). A
     * refused example (a 409 for a fixture in the wrong state, a 422 for a rule it breaks) would refuse
     * every case built from it for its own reason, and the refusals above would prove nothing.
     */
    static final String CONTROL = "(control)";

    private final String service;
    private final TestHttp caller;
    private final MongoDatabase database;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, java.util.function.Supplier<Map<String, String>>> fixtures = new LinkedHashMap<>();
    /** The values of the fixtures made so far; dropped when a request may have moved the object on. */
    private final Map<String, Map<String, String>> fixtureValues = new LinkedHashMap<>();
    private final Map<String, String> validBodies = new LinkedHashMap<>();
    private final Map<String, String> validForms = new LinkedHashMap<>();
    private final Map<String, Set<String>> requiredFormFields = new LinkedHashMap<>();
    private final Map<String, TestHttp> callers = new LinkedHashMap<>();
    /** Operations not walked, with the reason. */
    private final Map<String, String> skipped = new TreeMap<>();
    private final Map<String, String> ignoredCollections = new TreeMap<>();
    private final List<Result> results = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> controls = new ArrayList<>();
    private JsonNode document;
    private boolean dirty = true;

    private BadInputWalker(String service, TestHttp caller, MongoDatabase database) {
        this.service = service;
        this.caller = caller;
        this.database = database;
        // the kit's own: the relay renews its lease on every poll, whatever requests come or not
        ignoredCollections.put("outbox_lease", "the outbox relay renews its lease on every poll, requests or not");
    }

    /** {@code caller}: the service's base URL with a district admin's token; {@code database}: the service's own. */
    public static BadInputWalker of(String service, TestHttp caller, MongoDatabase database) {
        return new BadInputWalker(service, caller, database);
    }

    /** The value of a path variable of this name in every operation (an id of a real object). */
    public BadInputWalker pathValue(String variable, String value) {
        pathValues.put(variable, value);
        return this;
    }

    /**
     * Path variables for one operation from a fixture made on first use, and made again after a case the
     * service accepted (which may have moved the object on, so that later cases would meet a state
     * conflict instead of the validation they are about).
     */
    public BadInputWalker fixture(String operation, java.util.function.Supplier<Map<String, String>> fresh) {
        fixtures.put(operation, fresh);
        return this;
    }

    /**
     * A valid JSON body of the operation ("POST /api/estates"): the cases change one thing of it at a time.
     * {@code {{name}}} in it is replaced by the fixture's or path's value of that name, {@link #UNIQUE} by a fresh one.
     */
    public BadInputWalker validBody(String operation, String json) {
        validBodies.put(operation, json);
        return this;
    }

    /**
     * A valid form body of an operation that takes {@code application/x-www-form-urlencoded}, and the
     * fields it cannot do without (a form has no schema to say so).
     */
    public BadInputWalker validForm(String operation, String form, String... requiredFields) {
        validForms.put(operation, form);
        requiredFormFields.put(operation, Set.of(requiredFields));
        return this;
    }

    /** Who calls the operation when the district admin may not (the cases must reach validation, not 403). */
    public BadInputWalker caller(String operation, TestHttp other) {
        callers.put(operation, other);
        return this;
    }

    /** An operation not walked, with the reason written in the report. */
    public BadInputWalker skip(String operation, String reason) {
        skipped.put(operation, reason);
        return this;
    }

    /** A collection that may change on a refused request, with the reason written in the report. */
    public BadInputWalker ignoreCollection(String collection, String reason) {
        ignoredCollections.put(collection, reason);
        return this;
    }

    // ---------------------------------------------------------------- the walk

    /** One dynamic test per generated case, then the report. */
    public Stream<DynamicTest> cases() {
        TestHttp.Response docs = caller.get("/v3/api-docs");
        assertThat(docs.status()).as("the service's OpenAPI document").isEqualTo(200);
        document = JSON.readTree(docs.body());
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (String method : List.of("post", "put", "patch")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String name = method.toUpperCase() + " " + path.getKey();
                if (!skipped.containsKey(name)) {
                    cases.addAll(casesOf(name, operation));
                }
            }
        }
        long generated = cases.stream().filter(c -> !c.field().equals(CONTROL)).count();
        return Stream.concat(cases.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> run(c))),
                Stream.of(DynamicTest.dynamicTest(service + ": report of " + generated + " cases", this::report)));
    }

    /** Every case of one operation. */
    List<Case> casesOf(String name, JsonNode operation) {
        List<Case> cases = new ArrayList<>();
        JsonNode content = operation.path("requestBody").path("content");
        boolean takesForm = content.has("application/x-www-form-urlencoded") || validForms.containsKey(name);
        if (takesForm) {
            String valid = validForms.getOrDefault(name, "");
            formCases(name, valid, cases);
            cases.add(new Case(name, CONTROL, "the valid example as given", "application/x-www-form-urlencoded", valid));
            return cases;
        }
        if (operation.path("requestBody").isMissingNode() && !validBodies.containsKey(name)) {
            skipped.put(name, "takes no body");
            return cases;
        }
        JsonNode schema = resolveRef(content.path("application/json").path("schema"));
        String valid = validBodies.get(name);
        if (valid == null) {
            valid = schema.isMissingNode() ? "{}" : JSON.writeValueAsString(example(schema, 0));
        }
        cases.add(new Case(name, "body", "malformed JSON", "application/json", "{\"a\": "));
        cases.add(new Case(name, "body", "empty body", "application/json", ""));
        cases.add(new Case(name, "body", "JSON array instead of an object", "application/json", "[]"));
        cases.add(new Case(name, "body", "JSON string instead of an object", "application/json", "\"x\""));
        cases.add(new Case(name, "body", "JSON null", "application/json", "null"));
        cases.add(new Case(name, "body", "trailing tokens", "application/json", valid + " {}"));
        cases.add(new Case(name, "body", "wrong content type (text/plain)", "text/plain", valid));
        cases.add(new Case(name, "body", "no content type", null, valid));
        if (JSON.readTree(valid) instanceof ObjectNode object) {
            Set<String> declared = new LinkedHashSet<>();
            collectSchema(schema, "", declared, 0);
            List<String> given = new ArrayList<>();
            collect(object, "", given);
            if (!schema.isMissingNode()) {
                given.stream().filter(f -> !declared.contains(f)).forEach(f -> warnings.add(name + ": the valid body's field '"
                        + f + "' is not in the schema (if the service refuses it, every case below is refused for it)"));
            }
            cases.add(new Case(name, "body", "unknown field", "application/json",
                    JSON.writeValueAsString(object.deepCopy().put("unexpectedField", 1))));
            cases.add(new Case(name, "body", "duplicate key", "application/json", duplicateKey(object)));
            fieldCases(name, object, given, declared, schema, cases);
        }
        cases.add(new Case(name, CONTROL, "the valid example as given", "application/json", valid));
        return cases;
    }

    /** The first property of the object repeated with another value (or a key given twice in an empty one). */
    static String duplicateKey(ObjectNode object) {
        if (object.isEmpty()) {
            return "{\"x\": 1, \"x\": 2}";
        }
        Map.Entry<String, JsonNode> first = object.properties().iterator().next();
        String rest = JSON.writeValueAsString(object);
        return "{" + JSON.writeValueAsString(first.getKey()) + ": " + JSON.writeValueAsString(other(first.getValue())) + ", "
                + rest.substring(1);
    }

    private static JsonNode other(JsonNode value) {
        if (value.isString()) {
            return NODES.stringNode(value.asString() + "-again");
        }
        if (value.isNumber()) {
            return NODES.numberNode(value.asLong() + 1);
        }
        return NODES.stringNode("again");
    }

    /** Field by field: each leaf (and each object or array) of the valid body replaced by bad values. */
    private void fieldCases(String name, ObjectNode root, List<String> given, Set<String> declared, JsonNode schema,
                            List<Case> cases) {
        List<String> leaves = new ArrayList<>(given);
        // fields the schema knows but the example left out: bad values there must be refused as well
        for (String field : declared) {
            if (!leaves.contains(field) && leaves.stream().noneMatch(l -> l.startsWith(field + ".") || l.startsWith(field + "["))) {
                leaves.add(field);
            }
        }
        for (String field : leaves) {
            JsonNode fieldSchema = schemaAt(schema, field);
            JsonNode current = at(root, field);
            for (Map.Entry<String, JsonNode> bad : badValues(field, fieldSchema, current).entrySet()) {
                ObjectNode body = root.deepCopy();
                if (!set(body, field, bad.getValue())) {
                    continue;
                }
                cases.add(new Case(name, field, bad.getKey(), "application/json", JSON.writeValueAsString(body)));
            }
            if (required(schema, field)) {
                ObjectNode body = root.deepCopy();
                if (set(body, field, NODES.nullNode())) {
                    cases.add(new Case(name, field, "null for a required field", "application/json",
                            JSON.writeValueAsString(body)));
                }
                ObjectNode without = root.deepCopy();
                if (remove(without, field)) {
                    cases.add(new Case(name, field, "required field left out", "application/json",
                            JSON.writeValueAsString(without)));
                }
            }
        }
    }

    /** The bad values for one field, by its schema type (or, without a schema, by its example's JSON type). */
    static Map<String, JsonNode> badValues(String field, JsonNode schema, JsonNode example) {
        String type = type(schema, example);
        String format = schema.path("format").asString("");
        String leaf = field.replaceAll(".*[.\\]]", "");
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        switch (type) {
            case "string" -> {
                bad.put("number instead of text", NODES.numberNode(12345));
                bad.put("boolean instead of text", NODES.booleanNode(true));
                bad.put("object instead of text", NODES.objectNode());
                bad.put("array instead of text", NODES.arrayNode().add("x"));
                if (format.equals("date")) {
                    bad.put("impossible date 2026-02-30", NODES.stringNode("2026-02-30"));
                    bad.put("date 1800-01-01", NODES.stringNode("1800-01-01"));
                    bad.put("date 2200-01-01", NODES.stringNode("2200-01-01"));
                    bad.put("not-a-date", NODES.stringNode("not-a-date"));
                } else if (format.equals("date-time")) {
                    bad.put("impossible time 2026-02-30T10:00:00Z", NODES.stringNode("2026-02-30T10:00:00Z"));
                    bad.put("time 1800-01-01T00:00:00Z", NODES.stringNode("1800-01-01T00:00:00Z"));
                    bad.put("time 2200-01-01T00:00:00Z", NODES.stringNode("2200-01-01T00:00:00Z"));
                    bad.put("not-a-time", NODES.stringNode("not-a-time"));
                } else if (schema.has("enum")) {
                    bad.put("unknown code", NODES.stringNode("NOT_A_CODE"));
                    bad.put("code with a NUL", NODES.stringNode(schema.path("enum").path(0).asString("X") + "\u0000"));
                } else {
                    String base = example != null && example.isString() && !example.asString().isEmpty() ? example.asString() : "text";
                    bad.put("NUL in text", NODES.stringNode(base + "\u0000x"));
                    bad.put("BEL (U+0007) in text", NODES.stringNode(base + "\u0007"));
                    bad.put("escape (U+001B) in text", NODES.stringNode("\u001b[31m" + base));
                    bad.put("text of " + OVERSIZED + " characters", NODES.stringNode("x".repeat(OVERSIZED)));
                    if (schema.has("maxLength")) {
                        int max = schema.path("maxLength").asInt();
                        if (max + 1 < OVERSIZED) {
                            bad.put("text of maxLength+1 (" + (max + 1) + ") characters", NODES.stringNode("x".repeat(max + 1)));
                        }
                    }
                }
            }
            case "integer" -> {
                bad.put("fraction 480.9 for a whole number", NODES.numberNode(new java.math.BigDecimal("480.9")));
                bad.put("text \"480\" for a number", NODES.stringNode("480"));
                bad.put("boolean for a number", NODES.booleanNode(true));
                bad.put("absurd 1e15", NODES.numberNode(1_000_000_000_000_000L));
                bad.put("negative -1", NODES.numberNode(-1));
                bad.put("beyond 64 bits", NODES.numberNode(new java.math.BigInteger("99999999999999999999")));
                bounds(schema, bad);
            }
            case "number" -> {
                bad.put("text \"12.5\" for a number", NODES.stringNode("12.5"));
                bad.put("boolean for a number", NODES.booleanNode(true));
                bad.put("absurd 1e15", NODES.numberNode(new java.math.BigDecimal("1E+15")));
                bad.put("absurd -1e15", NODES.numberNode(new java.math.BigDecimal("-1E+15")));
                if (MONEY.matcher(leaf).matches()) {
                    bad.put("money with three decimals 1.001", NODES.numberNode(new java.math.BigDecimal("1.001")));
                    bad.put("negative money -1", NODES.numberNode(-1));
                }
                bounds(schema, bad);
            }
            case "boolean" -> {
                bad.put("text \"true\" for a boolean", NODES.stringNode("true"));
                bad.put("number 1 for a boolean", NODES.numberNode(1));
            }
            case "object" -> {
                bad.put("text instead of an object", NODES.stringNode("x"));
                bad.put("array instead of an object", NODES.arrayNode());
            }
            case "array" -> {
                bad.put("text instead of an array", NODES.stringNode("x"));
                bad.put("object instead of an array", NODES.objectNode());
                bad.put("array with a null element", NODES.arrayNode().addNull());
            }
            default -> {
                bad.put("NUL in value", NODES.stringNode("\u0000"));
                bad.put("text of " + OVERSIZED + " characters", NODES.stringNode("x".repeat(OVERSIZED)));
            }
        }
        return bad;
    }

    private static void bounds(JsonNode schema, Map<String, JsonNode> bad) {
        if (schema.has("minimum")) {
            bad.put("below minimum " + schema.path("minimum").asString(),
                    NODES.numberNode(schema.path("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
        }
        if (schema.has("maximum")) {
            bad.put("above maximum " + schema.path("maximum").asString(),
                    NODES.numberNode(schema.path("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
        }
    }

    /** Malformed, control-character, oversized and duplicated form fields of a form operation. */
    private void formCases(String name, String valid, List<Case> cases) {
        String form = "application/x-www-form-urlencoded";
        cases.add(new Case(name, "body", "broken percent-encoding %zz", form, valid + "&%zz=1"));
        cases.add(new Case(name, "body", "truncated percent-encoding", form, valid + "&x=%E4%B8"));
        cases.add(new Case(name, "body", "JSON instead of a form", "application/json", "{\"a\": 1}"));
        cases.add(new Case(name, "body", "empty form", form, ""));
        List<String[]> fields = new ArrayList<>();
        for (String pair : valid.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.add(new String[] {pair.substring(0, equals), pair.substring(equals + 1)});
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i)[0];
            Map<String, String> bad = new LinkedHashMap<>();
            bad.put("NUL in value", fields.get(i)[1] + "%00x");
            bad.put("BEL (U+0007) in value", fields.get(i)[1] + "%07");
            bad.put("value of " + OVERSIZED + " characters", "x".repeat(OVERSIZED));
            bad.put("given twice", fields.get(i)[1] + "&" + field + "=" + fields.get(i)[1] + "2");
            if (fields.get(i)[1].matches("-?\\d+\\.\\d+")) { // a decimal (a coordinate), not a digit string like a phone
                bad.put("text for a number", "abc");
                bad.put("absurd 1e15", "1000000000000000");
            }
            for (Map.Entry<String, String> value : bad.entrySet()) {
                List<String> pairs = new ArrayList<>();
                for (int j = 0; j < fields.size(); j++) {
                    pairs.add(fields.get(j)[0] + "=" + (i == j ? value.getValue() : fields.get(j)[1]));
                }
                cases.add(new Case(name, field, value.getKey(), form, String.join("&", pairs)));
            }
            if (requiredFormFields.getOrDefault(name, Set.of()).contains(java.net.URLDecoder.decode(field, StandardCharsets.UTF_8))) {
                List<String> without = new ArrayList<>();
                for (int j = 0; j < fields.size(); j++) {
                    if (j != i) {
                        without.add(fields.get(j)[0] + "=" + fields.get(j)[1]);
                    }
                }
                cases.add(new Case(name, field, "required field left out", form, String.join("&", without)));
            }
        }
    }

    // ---------------------------------------------------------------- running one case

    private void run(Case c) {
        Map<String, String> values = values(c.operation());
        String path = resolve(c.path(), values);
        if (dirty) {
            awaitQuiet(); // what the last accepted request or a fresh fixture set off settles first
        }
        Map<String, String> before = fingerprint();
        TestHttp http = callers.getOrDefault(c.operation(), caller).header("If-Match", "*").header("Accept-Language", "en");
        if (c.contentType() != null) {
            http = http.header("Content-Type", c.contentType());
        }
        String body = c.body() == null ? null : c.body().replace(UNIQUE, java.util.UUID.randomUUID().toString().substring(0, 8));
        for (Map.Entry<String, String> value : values.entrySet()) {
            body = body == null ? null : body.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        TestHttp.Response response = http.sendRaw(c.method(), path, body);
        Set<String> changed = changedCollections(before, fingerprint());
        dirty = !changed.isEmpty() || response.status() < 400;
        if (c.field().equals(CONTROL)) {
            dirty = true;
            fixtureValues.remove(c.operation());
            controls.add(c.operation() + " → " + response.status());
            assertThat(response.status()).as("%s: the valid example must be accepted, else fix it in the test\n  → %s",
                    c.operation(), response).isBetween(200, 299);
            return;
        }
        Result result = Result.of(c, response, changed);
        results.add(result);
        if (result.outcome() == Outcome.ACCEPTED && fixtures.containsKey(c.operation())) {
            fixtureValues.remove(c.operation()); // the object may have moved on: the next case gets a fresh one
        }
        assertThat(result.outcome()).as("%s\n  → %s", c, result.describe()).isEqualTo(Outcome.REFUSED);
    }

    /** Waits until no background work (relay, consumers) is changing the database any more. */
    private void awaitQuiet() {
        List<Map<String, String>> last = new ArrayList<>(List.of(fingerprint()));
        Set<String> moving = new TreeSet<>();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(15)).pollDelay(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(300))
                    .until(() -> {
                        Map<String, String> now = fingerprint();
                        Set<String> changed = changedCollections(last.get(0), now);
                        last.set(0, now);
                        moving.addAll(changed);
                        return changed.isEmpty();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException busy) {
            throw new AssertionError("the database never stood still; collections that kept changing: " + moving
                    + " (ignoreCollection them, saying why, if they change without any request)", busy);
        }
        dirty = false;
    }

    /** Every collection of the database but the ignored ones, by name, with a digest of all its documents in _id order. */
    Map<String, String> fingerprint() {
        Map<String, String> digests = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            if (ignoredCollections.containsKey(collection)) {
                continue;
            }
            MessageDigest digest = sha256();
            for (Document doc : database.getCollection(collection).find().sort(new Document("_id", 1))) {
                digest.update(doc.toJson().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digests.put(collection, HexFormat.of().formatHex(digest.digest()));
        }
        return digests;
    }

    /** The collections made, dropped or changed between two fingerprints. */
    static Set<String> changedCollections(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new TreeSet<>(before.keySet());
        changed.addAll(after.keySet());
        changed.removeIf(collection -> java.util.Objects.equals(before.get(collection), after.get(collection)));
        return changed;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- the report

    /** Counts per operation and outcome, and every case not refused cleanly; printed and written to target/. */
    private void report() {
        StringBuilder md = new StringBuilder("# Bad input walk: ").append(service).append("\n\n");
        Map<Outcome, Long> totals = new TreeMap<>();
        results.forEach(r -> totals.merge(r.outcome(), 1L, Long::sum));
        md.append(results.size()).append(" generated cases; ").append(totals).append("\n\n");
        md.append("| operation | cases | refused cleanly | accepted (2xx) | 5xx | not problem+json | changed data | problem types |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Result>> byOperation = new TreeMap<>();
        results.forEach(r -> byOperation.computeIfAbsent(r.c().operation(), k -> new ArrayList<>()).add(r));
        byOperation.forEach((operation, list) -> {
            Map<String, Long> types = new TreeMap<>();
            list.forEach(r -> types.merge(r.status() + " " + r.problemType(), 1L, Long::sum));
            md.append("| `").append(operation).append("` | ").append(list.size());
            for (Outcome outcome : Outcome.values()) {
                md.append(" | ").append(list.stream().filter(r -> r.outcome() == outcome).count());
            }
            md.append(" | ").append(types).append(" |\n");
        });
        md.append("\nControls (each operation's valid example, sent as given): ").append(controls).append('\n');
        if (!warnings.isEmpty()) {
            md.append("\nWarnings:\n");
            warnings.forEach(w -> md.append("- ").append(w).append('\n'));
        }
        if (!skipped.isEmpty()) {
            md.append("\nNot walked:\n");
            skipped.forEach((operation, why) -> md.append("- ").append(operation).append(" — ").append(why).append('\n'));
        }
        if (!ignoredCollections.isEmpty()) {
            md.append("\nCollections not compared:\n");
            ignoredCollections.forEach((c, why) -> md.append("- ").append(c).append(": ").append(why).append('\n'));
        }
        List<Result> failed = results.stream().filter(r -> r.outcome() != Outcome.REFUSED).toList();
        md.append("\n## Not refused cleanly (").append(failed.size()).append(")\n\n");
        failed.forEach(r -> md.append("- `").append(r.c().operation()).append("` · ").append(r.c().field()).append(" · ")
                .append(r.c().input()).append(" → ").append(r.describe()).append('\n'));
        try {
            Path file = Path.of("target", "bad-input", service + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(md);
    }

    // ---------------------------------------------------------------- OpenAPI schemas and JSON paths

    /** Path variables and body placeholders ({@code {{name}}}) of an operation, its fixture made if due. */
    private Map<String, String> values(String name) {
        Map<String, String> values = new LinkedHashMap<>(pathValues);
        if (fixtures.containsKey(name)) {
            values.putAll(fixtureValues.computeIfAbsent(name, n -> {
                dirty = true;
                return fixtures.get(n).get();
            }));
        }
        return values;
    }

    private static String resolve(String template, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "missing-" + m.group(1));
            m.appendReplacement(path, Matcher.quoteReplacement(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        m.appendTail(path);
        return path.toString();
    }

    JsonNode resolveRef(JsonNode schema) {
        for (int depth = 0; depth < 10 && schema != null; depth++) {
            if (schema.has("$ref")) {
                String ref = schema.path("$ref").asString();
                schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (schema.has("allOf") && !schema.has("properties")) {
                schema = schema.path("allOf").path(0);
            } else if (schema.has("oneOf")) {
                schema = schema.path("oneOf").path(0);
            } else if (schema.has("anyOf")) {
                JsonNode first = schema.path("anyOf").path(0);
                schema = "null".equals(first.path("type").asString("")) ? schema.path("anyOf").path(1) : first;
            } else {
                return schema;
            }
        }
        return schema == null ? NODES.missingNode() : schema;
    }

    static String type(JsonNode schema, JsonNode example) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (example == null || example.isMissingNode() || example.isNull()) {
            return "unknown";
        }
        if (example.isString()) {
            return "string";
        }
        if (example.isIntegralNumber()) {
            return "integer";
        }
        if (example.isNumber()) {
            return "number";
        }
        if (example.isBoolean()) {
            return "boolean";
        }
        return example.isArray() ? "array" : "object";
    }

    /** A valid-looking body from the schema, for operations whose test gives none. */
    JsonNode example(JsonNode schema, int depth) {
        schema = resolveRef(schema);
        if (schema.has("enum")) {
            return schema.path("enum").path(0);
        }
        String format = schema.path("format").asString("");
        switch (type(schema, null)) {
            case "string":
                if (format.equals("date")) {
                    return NODES.stringNode("2026-03-02");
                }
                return NODES.stringNode(format.equals("date-time") ? "2026-03-02T09:00:00+08:00" : "样例");
            case "integer":
                return NODES.numberNode(schema.has("minimum") ? Math.max(1, schema.path("minimum").asLong()) : 1);
            case "number":
                return NODES.numberNode(schema.has("minimum") ? schema.path("minimum").decimalValue().max(java.math.BigDecimal.ONE)
                        : java.math.BigDecimal.ONE);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                ArrayNode array = NODES.arrayNode();
                if (depth < 5) {
                    array.add(example(schema.path("items"), depth + 1));
                }
                return array;
            default:
                ObjectNode object = NODES.objectNode();
                if (depth < 5) {
                    for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                        object.set(property.getKey(), example(property.getValue(), depth + 1));
                    }
                }
                return object;
        }
    }

    /** Dotted paths of every leaf, object and array of a body: "fee.amount", "contacts[0].phone". */
    static void collect(JsonNode node, String prefix, List<String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
                into.add(path);
                collect(property.getValue(), path, into);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            String path = prefix + "[0]";
            into.add(path);
            collect(node.get(0), path, into);
        }
    }

    /** Dotted paths of every property the schema declares (arrays by their first element). */
    private void collectSchema(JsonNode schema, String prefix, Set<String> into, int depth) {
        schema = resolveRef(schema);
        if (depth > 5) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            into.add(path);
            JsonNode child = resolveRef(property.getValue());
            if ("array".equals(type(child, null))) {
                into.add(path + "[0]");
                collectSchema(child.path("items"), path + "[0]", into, depth + 1);
            } else {
                collectSchema(child, path, into, depth + 1);
            }
        }
    }

    /** The schema of a field by its dotted path; a missing node when the schema does not say. */
    JsonNode schemaAt(JsonNode schema, String field) {
        JsonNode current = resolveRef(schema);
        for (String step : steps(field)) {
            if (step.equals("[0]")) {
                current = resolveRef(current.path("items"));
            } else {
                current = resolveRef(current.path("properties").path(step));
            }
        }
        return current == null ? NODES.missingNode() : current;
    }

    private boolean required(JsonNode schema, String field) {
        List<String> steps = steps(field);
        String last = steps.get(steps.size() - 1);
        if (last.equals("[0]")) {
            return false;
        }
        JsonNode parent = schemaAt(schema, String.join(".", steps.subList(0, steps.size() - 1)).replace(".[0]", "[0]"));
        for (JsonNode name : parent.path("required")) {
            if (name.asString().equals(last)) {
                return true;
            }
        }
        return false;
    }

    static List<String> steps(String field) {
        List<String> steps = new ArrayList<>();
        for (String part : field.split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                if (bracket > 0) {
                    steps.add(part.substring(0, bracket));
                }
                steps.add("[0]");
            }
        }
        return steps;
    }

    static JsonNode at(JsonNode root, String field) {
        JsonNode current = root;
        for (String step : steps(field)) {
            current = step.equals("[0]") ? current.path(0) : current.path(step);
        }
        return current;
    }

    /** Sets the field (creating missing parents as objects); false when a parent is not an object or array. */
    static boolean set(ObjectNode root, String field, JsonNode value) {
        List<String> steps = steps(field);
        JsonNode current = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            String step = steps.get(i);
            JsonNode next = step.equals("[0]") ? current.path(0) : current.path(step);
            if (next.isMissingNode() || next.isNull()) {
                if (current instanceof ObjectNode object && !step.equals("[0]")) {
                    next = steps.get(i + 1).equals("[0]") ? object.putArray(step) : object.putObject(step);
                } else if (current instanceof ArrayNode array && step.equals("[0]") && array.isEmpty()) {
                    next = steps.get(i + 1).equals("[0]") ? array.addArray() : array.addObject();
                } else {
                    return false;
                }
            }
            current = next;
        }
        String last = steps.get(steps.size() - 1);
        if (last.equals("[0]") && current instanceof ArrayNode array) {
            if (array.isEmpty()) {
                array.add(value);
            } else {
                array.set(0, value);
            }
            return true;
        }
        if (current instanceof ObjectNode object) {
            object.set(last, value);
            return true;
        }
        return false;
    }

    static boolean remove(ObjectNode root, String field) {
        List<String> steps = steps(field);
        JsonNode parent = root;
        for (String step : steps.subList(0, steps.size() - 1)) {
            parent = step.equals("[0]") ? parent.path(0) : parent.path(step);
        }
        if (parent instanceof ObjectNode object && object.has(steps.get(steps.size() - 1))) {
            object.remove(steps.get(steps.size() - 1));
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- cases and results

    /** One request: the operation ("POST /api/estates/{id}/exit"), the field and input it is about, and what is sent. */
    public record Case(String operation, String field, String input, String contentType, String body) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }

        @Override
        public String toString() {
            return operation + " · " + field + " · " + input;
        }
    }

    public enum Outcome {
        /** 4xx problem+json with a body, nothing changed: what every case must get */
        REFUSED,
        /** 2xx: the bad input was taken */
        ACCEPTED,
        /** 5xx */
        SERVER_ERROR,
        /** 4xx without a problem+json body, or with Java names in it */
        NOT_A_PROBLEM,
        /** 4xx, but the database changed */
        CHANGED_DATA
    }

    /** What came back for a case. */
    public record Result(Case c, int status, String problemType, String detail, Outcome outcome, Set<String> changed) {

        static Result of(Case c, TestHttp.Response response, Set<String> changed) {
            String type = "";
            String detail = "";
            String contentType = String.valueOf(response.header("Content-Type"));
            boolean problem = contentType.startsWith("application/problem+json") && response.body() != null
                    && !response.body().isBlank();
            if (c.operation().contains(" /open311/")) {
                // GeoReport v2 refuses in its own shape: an array of {code, description}, the code being the status
                try {
                    JsonNode errors = JSON.readTree(response.body());
                    type = "georeport";
                    detail = errors.path(0).path("description").asString("");
                    problem = contentType.startsWith("application/json") && errors.isArray() && !errors.isEmpty()
                            && errors.path(0).path("code").asInt() == response.status() && !detail.isBlank()
                            && !JAVA_NAMES.matcher(response.body()).find();
                } catch (RuntimeException notJson) {
                    problem = false;
                }
            } else if (problem) {
                try {
                    JsonNode body = JSON.readTree(response.body());
                    type = body.path("type").asString("").replace("https://estatecare.org/problems/", "");
                    detail = body.path("detail").asString("");
                    problem = !type.isEmpty() && !JAVA_NAMES.matcher(response.body()).find();
                } catch (RuntimeException notJson) {
                    problem = false;
                }
            }
            Outcome outcome;
            if (response.status() >= 500) {
                outcome = Outcome.SERVER_ERROR;
            } else if (response.status() < 400) {
                outcome = Outcome.ACCEPTED;
            } else if (!changed.isEmpty()) {
                outcome = Outcome.CHANGED_DATA;
            } else if (!problem) {
                outcome = Outcome.NOT_A_PROBLEM;
            } else {
                outcome = Outcome.REFUSED;
            }
            return new Result(c, response.status(), type, detail, outcome, changed);
        }

        String describe() {
            return status + " " + problemType + (detail.isEmpty() ? "" : " \"" + abbreviate(detail) + "\"")
                    + (changed.isEmpty() ? "" : " changed " + changed) + " [" + outcome + "]";
        }

        private static String abbreviate(String text) {
            return text.length() > 160 ? text.substring(0, 160) + "…" : text;
        }
    }

    static final Pattern JAVA_NAMES = Pattern.compile("\\b(java|javax|jakarta|tools\\.jackson|org\\.springframework|org\\.bson|com\\.mongodb)\\.[a-z]+|Exception\\b");

    /** The outcomes of the walk so far (for a service's own extra assertions). */
    public List<Result> results() {
        return List.copyOf(results);
    }
}
