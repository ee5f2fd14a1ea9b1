package org.estatecare.complaints.open311.web;

import java.time.Clock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.complaints.complaint.Complainant;
import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.ComplaintService;
import org.estatecare.complaints.complaint.ComplaintStatus;
import org.estatecare.complaints.complaint.Place;
import org.estatecare.complaints.open311.Open311Settings;
import org.estatecare.complaints.open311.Xml;
import org.estatecare.complaints.routing.Category;
import org.estatecare.kit.security.Caller;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GeoReport v2 over complaints. Service codes are complaint categories; the estate is the required
 * attribute {@code estate_id}; a request's status is {@code open} while a handler has it and
 * {@code closed} once resolved, closed or linked to another. Filing and reading requests needs a
 * token like every call; discovery and services are public.
 */
@Tag(name = "open311", description = "Open311 GeoReport v2")
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

    private final ComplaintService complaints;
    private final Open311Settings settings;
    private final Clock clock;

    Open311Controller(ComplaintService complaints, Open311Settings settings, Clock clock) {
        this.complaints = complaints;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(summary = "Discovery")
    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("specification", SPECIFICATION);
        endpoint.put("url", "/open311/v2");
        endpoint.put("changeset", "2026-11-25T00:00:00Z");
        endpoint.put("type", "production");
        endpoint.put("formats", List.of("application/json", "text/xml"));
        Map<String, Object> discovery = new LinkedHashMap<>();
        discovery.put("changeset", "2026-11-25T00:00:00Z");
        discovery.put("contact", settings.contact());
        discovery.put("key_service", "OpenID Connect token from the realm estatecare (Authorization: Bearer)");
        discovery.put("endpoints", List.of(endpoint));
        if (xml(format)) {
            return respond(format, Xml.document("discovery", discovery));
        }
        return respond(format, JSON.writeValueAsString(discovery));
    }

    @Operation(summary = "Service list: one service per complaint category")
    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        List<Map<String, Object>> services = Arrays.stream(Category.values()).map(Open311Controller::service).toList();
        return render(format, "services", "service", services);
    }

    @Operation(summary = "Service definition: the attributes a request of this service takes")
    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
                                      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        checkJurisdiction(jurisdiction);
        category(code);
        Map<String, Object> estate = new LinkedHashMap<>();
        estate.put("variable", true);
        estate.put("code", "estate_id");
        estate.put("datatype", "string");
        estate.put("required", true);
        estate.put("datatype_description", "EstateCare estate id (GET /api/estates)");
        estate.put("order", 1);
        estate.put("description", "小区");
        Map<String, Object> building = new LinkedHashMap<>();
        building.put("variable", true);
        building.put("code", "building");
        building.put("datatype", "string");
        building.put("required", false);
        building.put("datatype_description", "e.g. 3号楼");
        building.put("order", 2);
        building.put("description", "楼栋");
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", code);
        definition.put("attributes", List.of(estate, building));
        if (xml(format)) {
            return respond(format, Xml.document("service_definition", definition));
        }
        return respond(format, JSON.writeValueAsString(definition));
    }

    @Operation(summary = "File a request (form-encoded, as the standard says)")
    @PostMapping(value = "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> file(@PathVariable String format, @RequestParam MultiValueMap<String, String> form, Caller caller) {
        checkLengths(form);
        checkJurisdiction(form.getFirst("jurisdiction_id"));
        Category category = category(required(form, "service_code"));
        String name = String.join("", nonNull(form.getFirst("last_name")), nonNull(form.getFirst("first_name")));
        Double lat = number(form.getFirst("lat"));
        Double lon = number(form.getFirst("long"));
        String estateId = required(form, "attribute[estate_id]");
        if (!estateId.matches("[A-Za-z0-9][A-Za-z0-9._:-]*")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "attribute[estate_id] is an estate id");
        }
        // reporter and channel follow the caller's role, as on /api/complaints (a resident files online as a resident)
        var filing = new ComplaintService.Filing(estateId, category, null, null, new Complainant(name, form.getFirst("phone")),
                new Place(form.getFirst("attribute[building]"), form.getFirst("address_string"), lat, lon),
                required(form, "description"),
                form.getFirst("media_url") == null ? List.of() : List.of(form.getFirst("media_url")));
        Complaint complaint = complaints.file(filing, caller);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", complaint.id());
        created.put("service_notice", complaint.duplicateOf().map(d -> "已并入相同问题的投诉 " + d)
                .orElse("已受理，转" + complaint.assignment().map(a -> a.step().kind().label()).orElse("") + "办理"));
        created.put("account_id", null);
        return render(format, "service_requests", "request", List.of(created));
    }

    @Operation(summary = "Requests in the caller's scope, newest first, or the ones named by service_request_id")
    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format,
                                    @RequestParam(name = "service_request_id", required = false) String ids,
                                    @RequestParam(name = "service_code", required = false) String serviceCode,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, Caller caller) {
        checkJurisdiction(jurisdiction);
        Criteria filter = new Criteria();
        if (ids != null) {
            List<String> named = Arrays.stream(ids.split(",")).map(String::strip).toList();
            if (named.size() > 100) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most 100 service_request_id at once");
            }
            filter.and("_id").in(named);
        }
        if (serviceCode != null) {
            filter.and("category").is(category(serviceCode));
        }
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status is open or closed");
        }
        if (status != null) {
            filter.and("status").in("open".equals(status) ? List.of(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS)
                    : List.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED, ComplaintStatus.DUPLICATE));
        }
        List<Map<String, Object>> requests = new ArrayList<>();
        complaints.list(filter, PageRequest.of(0, 1000, Sort.by(Sort.Direction.DESC, "filedAt")), caller)
                .forEach(c -> requests.add(request(c)));
        return render(format, "service_requests", "request", requests);
    }

    @Operation(summary = "One request")
    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, Caller caller) {
        return render(format, "service_requests", "request", List.of(request(complaints.get(id, caller))));
    }

    private Map<String, Object> request(Complaint c) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("service_request_id", c.id());
        r.put("status", c.status().isOpen() ? "open" : "closed");
        r.put("status_notes", c.status().label());
        r.put("service_name", c.category().label());
        r.put("service_code", c.category().name());
        r.put("description", c.description());
        r.put("agency_responsible", c.assignment().map(a -> a.step().kind().label()
                + (a.step().department() == null ? "" : "（" + a.step().department() + "）")).orElse(null));
        r.put("service_notice", c.duplicateOf().map(d -> "已并入 " + d).orElse(null));
        r.put("requested_datetime", c.filedAt().toString());
        r.put("updated_datetime", c.history().get(c.history().size() - 1).at().toString());
        r.put("expected_datetime", c.assignment().map(a -> a.resolveDueAt().toString()).orElse(null));
        r.put("address", c.place().place());
        r.put("address_id", c.estate().estateId());
        r.put("zipcode", null);
        r.put("lat", c.place().latitude());
        r.put("long", c.place().longitude());
        r.put("media_url", c.photos().isEmpty() ? null : c.photos().get(0));
        return r;
    }

    private static Map<String, Object> service(Category category) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("service_code", category.name());
        s.put("service_name", category.label());
        s.put("description", category.label());
        s.put("metadata", true);
        s.put("type", "realtime");
        s.put("keywords", category.name().toLowerCase().replace('_', ','));
        s.put("group", category.name().startsWith("SERVICE_") ? "服务质量" : "违规及设施");
        return s;
    }

    private ResponseEntity<String> render(String format, String root, String item, List<Map<String, Object>> items) {
        return respond(format, xml(format) ? Xml.of(root, item, items) : JSON.writeValueAsString(items));
    }

    private static ResponseEntity<String> respond(String format, String body) {
        MediaType type = xml(format) ? MediaType.valueOf("text/xml;charset=UTF-8") : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok().contentType(type).body(body);
    }

    private static boolean xml(String format) {
        return switch (format) {
            case "xml" -> true;
            case "json" -> false;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "format is json or xml");
        };
    }

    private void checkJurisdiction(String jurisdiction) {
        if (jurisdiction != null && !jurisdiction.equals(settings.jurisdictionId())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown jurisdiction_id " + jurisdiction);
        }
    }

    private static Category category(String code) {
        try {
            return Category.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown service_code " + code);
        }
    }

    /** The longest value each field of a request may carry; any other field at most {@link #OTHER_FIELD} characters. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("jurisdiction_id", 64),
            Map.entry("service_code", 64), Map.entry("attribute[estate_id]", 64), Map.entry("attribute[building]", 50),
            Map.entry("address_string", 200), Map.entry("address_id", 64), Map.entry("description", 4000),
            Map.entry("first_name", 25), Map.entry("last_name", 25), Map.entry("phone", 20), Map.entry("email", 100),
            Map.entry("device_id", 100), Map.entry("account_id", 100), Map.entry("media_url", 500),
            Map.entry("lat", 32), Map.entry("long", 32), Map.entry("api_key", 100));
    private static final int OTHER_FIELD = 200;
    private static final int MOST_FIELDS = 40;

    /** Every field of a request has a length limit; too long is refused, never cut. */
    private static void checkLengths(MultiValueMap<String, String> form) {
        if (form.size() > MOST_FIELDS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a request has at most " + MOST_FIELDS + " fields");
        }
        form.forEach((field, values) -> {
            int most = LENGTHS.getOrDefault(field, OTHER_FIELD);
            if (field.length() > 64 || values.size() > 1 || values.stream().anyMatch(v -> v != null && v.length() > most)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "field " + (field.length() > 64 ? field.substring(0, 64) + "…" : field) + " is given once, at most " + most + " characters");
            }
        });
    }

    private static String required(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null || value.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " is required");
        }
        return value;
    }

    private static Double number(String value) {
        try {
            Double number = value == null || value.isBlank() ? null : Double.valueOf(value);
            if (number != null && !Double.isFinite(number)) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "lat and long are numbers");
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

}
