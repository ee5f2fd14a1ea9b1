package org.estatecare.local.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Lists at city scale, against a running local stack. {@code generate} brings the registry to a number of estates
 * and the complaints service to a number of complaints, by copying the documents the services stored for the
 * demo data (so every copy is in the services' own stored form; the demo files no complaint, so a resident files
 * some first) under new ids, spread over the demo's streets and
 * communities, with names varied and closed complaints spread over the past year. {@code measure} reads pages of
 * both lists, with and without filters, straight from each service as the district administrator, and prints the
 * median and tail of each.
 * <pre>
 *   CityScale generate [estates] [complaints]
 *   CityScale measure [requests per list]
 * </pre>
 */
public final class CityScale {

    private static final Random RANDOM = new Random(2026);
    private static final JsonWriterSettings EXACT = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
    private static final String ISSUER = System.getProperty("issuer", "http://127.0.0.1:8180/realms/estatecare");
    private static final String GATEWAY = System.getProperty("gateway", "http://127.0.0.1:8080");
    private static final String REGISTRY = System.getProperty("registry", "http://127.0.0.1:8081");
    private static final List<String> CATEGORIES = List.of("GROUND_LOCK", "STACKED_ITEMS", "SMALL_ADS", "FACILITY_REPAIR",
            "PATH_REPAIR", "STREET_LIGHT", "SERVICE_CLEANING", "SERVICE_PARKING", "BLOCKED_FIRE_LANE", "ABANDONED_VEHICLE");
    private static final String COMPLAINTS = System.getProperty("complaints", "http://127.0.0.1:8083");
    private static final String REGISTRY_DB = System.getProperty("registry.mongo", "mongodb://127.0.0.1:27101");
    private static final String COMPLAINTS_DB = System.getProperty("complaints.mongo", "mongodb://127.0.0.1:27103");

    private CityScale() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length > 0 ? args[0] : "measure";
        switch (command) {
            case "generate" -> {
                // estates first: the complaints copied are filed on the demo's estates
                int estates = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
                int complaints = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
                grow(REGISTRY_DB, "estate-registry", "estate", estates, CityScale::varyEstate);
                fileTemplateComplaints();
                List<Document> places = estatesToFileOn();
                grow(COMPLAINTS_DB, "complaints", "complaint", complaints, (copy, number) -> varyComplaint(copy, places));
            }
            case "measure" -> measure(args.length > 1 ? Integer.parseInt(args[1]) : 200);
            default -> throw new IllegalArgumentException("generate [estates] [complaints] | measure [requests]");
        }
    }

    private interface Variation {
        void apply(Document copy, int number);
    }

    /** Copies the stored documents under new ids until the collection holds {@code wanted}. */
    private static void grow(String uri, String database, String collectionName, int wanted, Variation variation) {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> collection = client.getDatabase(database).getCollection(collectionName);
            List<Document> templates = collection.find().limit(500).into(new ArrayList<>());
            long have = collection.countDocuments();
            if (templates.isEmpty()) {
                throw new IllegalStateException(database + "." + collectionName + " is empty: start the stack with its demo data first");
            }
            long begin = System.nanoTime();
            List<Document> batch = new ArrayList<>();
            for (long n = have; n < wanted; n++) {
                Document copy = Document.parse(templates.get((int) (n % templates.size())).toJson(EXACT)); // types kept
                copy.put("_id", UUID.randomUUID().toString());
                copy.put("outbox", List.of()); // nothing of a copy is published
                variation.apply(copy, (int) n);
                batch.add(copy);
                if (batch.size() == 1_000) {
                    collection.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                collection.insertMany(batch);
            }
            System.out.printf("%s.%s: %d documents (%d added in %.1f s)%n", database, collectionName, collection.countDocuments(),
                    Math.max(0, wanted - have), (System.nanoTime() - begin) / 1e9);
        }
    }

    private static void varyEstate(Document estate, int number) {
        Document details = estate.get("details", Document.class);
        if (details != null) {
            details.put("name", details.getString("name") + " " + (char) ('A' + RANDOM.nextInt(26)) + number);
        }
        estate.remove("pendingExitApplicationId");
    }

    /** The registry's estates (id, street, community): the copies of complaints are spread over them. */
    private static List<Document> estatesToFileOn() {
        try (MongoClient client = MongoClients.create(REGISTRY_DB)) {
            return client.getDatabase("estate-registry").getCollection("estate").find()
                    .projection(new Document("details.street", 1).append("details.community", 1)).into(new ArrayList<>());
        }
    }

    /**
     * A copy about another estate (its id, street and community) and in another category, so that a list's filters
     * select as they would in a district; its routing stays that of the complaint it copies.
     */
    private static void varyComplaint(Document complaint, List<Document> places) {
        Document place = places.get(RANDOM.nextInt(places.size()));
        Document estate = complaint.get("estate", Document.class);
        Document details = place.get("details", Document.class);
        if (estate != null && details != null) {
            estate.put("estateId", place.get("_id"));
            estate.put("street", details.get("street"));
            estate.put("community", details.get("community"));
        }
        complaint.put("category", CATEGORIES.get(RANDOM.nextInt(CATEGORIES.size())));
        String status = complaint.getString("status");
        if (!"CLOSED".equals(status) && !"RESOLVED".equals(status)) {
            return; // an open one keeps its dates: its deadlines stay those of the complaint it copies
        }
        long back = (long) RANDOM.nextInt(365 * 24) * 3_600_000L;
        shiftDates(complaint, back);
    }

    private static void shiftDates(Object value, long back) {
        if (value instanceof Document document) {
            for (Map.Entry<String, Object> field : document.entrySet()) {
                if (field.getValue() instanceof Date date) {
                    field.setValue(new Date(date.getTime() - back));
                } else {
                    shiftDates(field.getValue(), back);
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(element -> shiftDates(element, back));
        }
    }

    /**
     * The demo data files no complaint: where the service has none, a resident files some through the gateway, on
     * the demo's estates in the scheme and in every category above, to be the documents the copies are made of.
     */
    private static void fileTemplateComplaints() throws Exception {
        try (MongoClient client = MongoClients.create(COMPLAINTS_DB)) {
            if (client.getDatabase("complaints").getCollection("complaint").countDocuments() > 0) {
                return;
            }
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String admin = token(http, "admin");
        String resident = token(http, "resident");
        Matcher ids = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(get(http, admin, REGISTRY + "/api/estates?status=INCLUDED&size=20"));
        List<String> estates = new ArrayList<>();
        while (ids.find()) {
            estates.add(ids.group(1));
        }
        int filed = 0;
        for (int i = 0; i < 60 && !estates.isEmpty(); i++) {
            String body = "{\"estateId\": \"" + estates.get(i % estates.size()) + "\", \"category\": \""
                    + CATEGORIES.get(i % CATEGORIES.size()) + "\", \"complainantName\": \"王建华\", \"complainantPhone\": \"13812345678\", "
                    + "\"building\": \"" + (1 + i % 9) + "号楼\", \"place\": \"车棚\", \"description\": \"样本投诉 " + i + "\"}";
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/complaints"))
                    .header("Authorization", "Bearer " + resident).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 201) {
                filed++;
            }
        }
        if (filed == 0) {
            throw new IllegalStateException("no complaint could be filed through " + GATEWAY + " to copy from");
        }
        System.out.println("complaints: " + filed + " filed through the gateway to copy from");
    }

    private static void measure(int requests) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(http, "admin");
        String street = firstValue(http, token, REGISTRY + "/api/estates?size=1", "\"street\"\\s*:\\s*\"([^\"]+)\"");
        String community = firstValue(http, token, REGISTRY + "/api/estates?size=1", "\"community\"\\s*:\\s*\"([^\"]+)\"");
        System.out.printf("%-58s %8s %8s %8s %8s%n", "list (page of 20, straight from the service)", "total", "p50 ms", "p90 ms", "p99 ms");
        List<String[]> lists = List.of(
                new String[] {"estates", REGISTRY + "/api/estates?size=20"},
                new String[] {"estates, page 40", REGISTRY + "/api/estates?size=20&page=40"},
                new String[] {"estates, status=INCLUDED", REGISTRY + "/api/estates?size=20&status=INCLUDED"},
                new String[] {"estates, street", REGISTRY + "/api/estates?size=20&street=" + encode(street)},
                new String[] {"estates, community, sorted by households", REGISTRY + "/api/estates?size=20&community="
                        + encode(community) + "&sort=households,desc"},
                new String[] {"estates, part of the name", REGISTRY + "/api/estates?size=20&name=" + encode("7")},
                new String[] {"complaints", COMPLAINTS + "/api/complaints?size=20"},
                new String[] {"complaints, page 200", COMPLAINTS + "/api/complaints?size=20&page=200"},
                new String[] {"complaints, category=GROUND_LOCK", COMPLAINTS + "/api/complaints?size=20&category=GROUND_LOCK"},
                new String[] {"complaints, street", COMPLAINTS + "/api/complaints?size=20&street=" + encode(street)},
                new String[] {"complaints, status=ASSIGNED by due time", COMPLAINTS
                        + "/api/complaints?size=20&status=ASSIGNED&sort=resolveDueAt,asc"});
        for (String[] list : lists) {
            long[] took = new long[requests];
            String total = "?";
            for (int warmUp = 0; warmUp < Math.max(10, requests / 5); warmUp++) {
                get(http, token, list[1]);
            }
            for (int i = 0; i < requests; i++) {
                long begin = System.nanoTime();
                String body = get(http, token, list[1]);
                took[i] = System.nanoTime() - begin;
                if (i == 0) {
                    Matcher found = Pattern.compile("\"totalElements\"\\s*:\\s*(\\d+)").matcher(body);
                    total = found.find() ? found.group(1) : "?";
                }
            }
            Arrays.sort(took);
            System.out.printf("%-58s %8s %8.1f %8.1f %8.1f%n", list[0], total, took[requests / 2] / 1e6,
                    took[requests * 9 / 10] / 1e6, took[Math.min(requests - 1, requests * 99 / 100)] / 1e6);
        }
    }

    private static String token(HttpClient http, String user) throws Exception {
        String form = "grant_type=password&client_id=estatecare-cli&username=" + user + "&password=demo";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token from " + ISSUER + ": " + answer.statusCode());
        }
        return token.group(1);
    }

    private static String firstValue(HttpClient http, String token, String url, String pattern) throws Exception {
        Matcher found = Pattern.compile(pattern).matcher(get(http, token, url));
        if (!found.find()) {
            throw new IllegalStateException("nothing found at " + url);
        }
        return found.group(1);
    }

    private static String get(HttpClient http, String token, String url) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
