package org.estatecare.complaints.open311.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.complaints.complaint.Complainant;
import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.ComplaintFilter;
import org.estatecare.complaints.complaint.ComplaintService;
import org.estatecare.complaints.complaint.ComplaintStatus;
import org.estatecare.complaints.complaint.Place;
import org.estatecare.complaints.open311.EstatePlacement;
import org.estatecare.complaints.open311.Open311Properties;
import org.estatecare.complaints.open311.web.GeoReport.Attribute;
import org.estatecare.complaints.open311.web.GeoReport.Discovery;
import org.estatecare.complaints.open311.web.GeoReport.Endpoint;
import org.estatecare.complaints.open311.web.GeoReport.Receipt;
import org.estatecare.complaints.open311.web.GeoReport.Request;
import org.estatecare.complaints.open311.web.GeoReport.Service;
import org.estatecare.complaints.open311.web.GeoReport.ServiceDefinition;
import org.estatecare.complaints.open311.web.GeoReport.ServiceRequests;
import org.estatecare.complaints.open311.web.GeoReport.Services;
import org.estatecare.complaints.open311.web.GeoReport.Value;
import org.estatecare.complaints.routing.Category;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.security.Caller;
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

/**
 * GeoReport v2 over complaints. Service codes are complaint categories; a request is placed at an estate from its
 * point, its address or the estate chosen from the service definition ({@link EstatePlacement}); a request's status is {@code open} while a handler has it and
 * {@code closed} once resolved, closed or linked to another. Filing and reading requests needs a
 * token like every call; discovery and services are public. Lists keep the standard's own shape
 * (a bare array, at most {@value #MOST_REQUESTS} requests, newest first), not the platform's pages.
 */
@Tag(name = "open311", description = "Open311 GeoReport v2")
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    private static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    private static final String CHANGESET = "2026-11-25T00:00:00Z";
    private static final int MOST_REQUESTS = 1000;
    private static final int MOST_NAMED = 100;
    private static final Set<ComplaintStatus> OPEN = Set.of(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS);
    private static final Set<ComplaintStatus> CLOSED = Set.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED,
            ComplaintStatus.DUPLICATE);

    private final ComplaintService complaints;
    private final Open311Properties settings;
    private final EstatePlacement placement;
    private final Clock clock;

    Open311Controller(ComplaintService complaints, Open311Properties settings, EstatePlacement placement, Clock clock) {
        this.complaints = complaints;
        this.settings = settings;
        this.placement = placement;
        this.clock = clock;
    }

    @Operation(summary = "Discovery")
    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        var endpoint = new Endpoint(SPECIFICATION, settings.endpoint(), CHANGESET, "production", List.of("application/json", "text/xml"));
        return Open311Format.of(format).ok(new Discovery(CHANGESET, settings.contact(),
                "OpenID Connect token from the realm estatecare (Authorization: Bearer)", List.of(endpoint)));
    }

    @Operation(summary = "Service list: one service per complaint category")
    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format, @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format as = Open311Format.of(format);
        checkJurisdiction(jurisdiction);
        return as.ok(new Services(Arrays.stream(Category.values()).map(Open311Controller::service).toList()));
    }

    @Operation(summary = "Service definition: the attributes a request of this service takes")
    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
                                      @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        Open311Format as = Open311Format.of(format);
        checkJurisdiction(jurisdiction);
        Category category = category(code);
        List<Value> estates = placement.choices(Complaint.today(clock.instant())).stream()
                .map(choice -> new Value(choice.key(), choice.name())).toList();
        return as.ok(new ServiceDefinition(category.name(), List.of(
                new Attribute(true, "estate_id", "singlevaluelist", false, "需要时选择：lat/long 或 address_string 能确定小区时可不填"
                        + " (only needed when lat/long or address_string cannot place the request)", 1, "小区", estates),
                new Attribute(true, "building", "string", false, "e.g. 3号楼", 2, "楼栋", null))));
    }

    @Operation(summary = "File a request (form-encoded, as the standard says)")
    @PostMapping(value = "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> file(@PathVariable String format, @RequestParam MultiValueMap<String, String> form, Caller caller) {
        Open311Format as = Open311Format.of(format);
        RequestForm request = RequestForm.read(form);
        checkJurisdiction(request.jurisdiction());
        Category category = category(request.serviceCode());
        EstateId estate = placement.place(new EstatePlacement.Where(request.chosenEstate(), request.addressId(), request.lat(),
                request.longitude(), request.address()), Complaint.today(clock.instant()));
        // a request without a description is about what its service names
        String description = request.description() == null ? category.label() : request.description();
        // reporter and channel follow the caller's role, as on /api/complaints (a resident files online as a resident)
        var filing = new ComplaintService.Filing(estate, category, null, null,
                new Complainant(request.name(), request.phone()), new Place(request.building(), request.address(), request.lat(),
                request.longitude()), description, request.mediaUrl() == null ? List.of() : List.of(request.mediaUrl()));
        Complaint complaint = complaints.file(filing, caller);
        String notice = complaint.duplicateOf().map(original -> "已并入相同问题的投诉 " + original)
                .orElse("已受理，转" + complaint.assignment().map(a -> a.step().kind().label()).orElse("") + "办理");
        return as.ok(new ServiceRequests(List.of(new Receipt(complaint.id(), notice, null))));
    }

    @Operation(summary = "Requests in the caller's scope, newest first: the ones named by service_request_id, or those "
            + "filed in the window of start_date and end_date (the last 90 days unless given) of the given services and statuses")
    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format,
                                    @RequestParam(name = "service_request_id", required = false) String ids,
                                    @RequestParam(name = "service_code", required = false) String serviceCodes,
                                    @RequestParam(name = "start_date", required = false) String startDate,
                                    @RequestParam(name = "end_date", required = false) String endDate,
                                    @RequestParam(required = false) String status,
                                    @RequestParam(name = "jurisdiction_id", required = false) String jurisdiction, Caller caller) {
        Open311Format as = Open311Format.of(format);
        checkJurisdiction(jurisdiction);
        ComplaintFilter filter;
        if (ids != null && !ids.isBlank()) {
            // the standard: service_request_id overrides every other argument
            Set<ComplaintId> named = Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                    .map(ComplaintId::new).collect(Collectors.toSet());
            if (named.size() > MOST_NAMED) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most " + MOST_NAMED + " service_request_id at once");
            }
            filter = new ComplaintFilter(null, null, null, Set.of(), Set.of(), null, false, named, null, null);
        } else {
            RequestWindow window = RequestWindow.of(startDate, endDate, clock.instant());
            filter = new ComplaintFilter(null, null, null, categories(serviceCodes), statuses(status), null, false, Set.of(),
                    window.from(), window.until());
        }
        return as.ok(new ServiceRequests(complaints.newestFirst(filter, MOST_REQUESTS, caller).stream()
                .map(Open311Controller::request).toList()));
    }

    @Operation(summary = "One request")
    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> request(@PathVariable ComplaintId id, @PathVariable String format, Caller caller) {
        Open311Format as = Open311Format.of(format);
        return as.ok(new ServiceRequests(List.of(request(complaints.get(id, caller)))));
    }

    private static Request request(Complaint c) {
        Instant updated = c.history().get(c.history().size() - 1).recordedAt();
        return new Request(c.id(), c.status().isOpen() ? "open" : "closed", c.status().label(), c.category().label(),
                c.category().name(), c.description(), c.assignment().map(a -> a.step().kind().label()
                + (a.step().department() == null ? "" : "（" + a.step().department() + "）")).orElse(null),
                c.duplicateOf().map(original -> "已并入 " + original).orElse(null), c.filedAt(), updated,
                c.assignment().map(a -> a.resolveDueAt()).orElse(null), c.place().place(), c.estate().estateId(), null,
                c.place().latitude(), c.place().longitude(), c.photos().isEmpty() ? null : c.photos().get(0));
    }

    private static Service service(Category category) {
        return new Service(category.name(), category.label(), category.label(), true, "realtime",
                category.name().toLowerCase().replace('_', ','), category.basicService().isPresent() ? "服务质量" : "违规及设施");
    }

    /** Service codes, comma separated; none means every service. */
    private static Set<Category> categories(String codes) {
        if (codes == null || codes.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(codes.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .map(Open311Controller::category).collect(Collectors.toSet());
    }

    /** {@code open}, {@code closed} or both, comma separated; none means every status. */
    private static Set<ComplaintStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        Set<ComplaintStatus> statuses = new java.util.HashSet<>();
        for (String one : status.split(",")) {
            switch (one.strip()) {
                case "open" -> statuses.addAll(OPEN);
                case "closed" -> statuses.addAll(CLOSED);
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status is open, closed or both (open,closed)");
            }
        }
        return statuses;
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

    /**
     * A filed request's fields as the standard names them, each checked for length (too long is refused, never cut):
     * where it is, as {@link EstatePlacement} reads it; the complainant's name is last name then first name.
     */
    record RequestForm(String jurisdiction, String serviceCode, String chosenEstate, String addressId, String building,
                       String address, Double lat, Double longitude, String description, String name, String phone,
                       String mediaUrl) {

        /** The longest value each field may carry; any other field at most {@link #OTHER_FIELD} characters. */
        private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("jurisdiction_id", 64),
                Map.entry("service_code", 64), Map.entry("attribute[estate_id]", 64), Map.entry("attribute[building]", 50),
                Map.entry("address_string", 200), Map.entry("address_id", 64), Map.entry("description", 4000),
                Map.entry("first_name", 25), Map.entry("last_name", 25), Map.entry("phone", 20), Map.entry("email", 100),
                Map.entry("device_id", 100), Map.entry("account_id", 100), Map.entry("media_url", 500),
                Map.entry("lat", 32), Map.entry("long", 32), Map.entry("api_key", 100));
        private static final int OTHER_FIELD = 200;
        private static final int MOST_FIELDS = 40;
        static RequestForm read(MultiValueMap<String, String> form) {
            checkLengths(form);
            String serviceCode = required(form, "service_code");
            String name = nonNull(form.getFirst("last_name")) + nonNull(form.getFirst("first_name"));
            String description = form.getFirst("description");
            return new RequestForm(form.getFirst("jurisdiction_id"), serviceCode, form.getFirst("attribute[estate_id]"),
                    form.getFirst("address_id"), form.getFirst("attribute[building]"), form.getFirst("address_string"),
                    number(form.getFirst("lat")), number(form.getFirst("long")),
                    description == null || description.isBlank() ? null : description, name, form.getFirst("phone"),
                    form.getFirst("media_url"));
        }

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
}
