package org.estatecare.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import org.estatecare.bench.load.District.AgreementRef;
import org.estatecare.bench.load.District.ServedEstate;
import org.estatecare.bench.load.EstatePreparation.Prepared;

/**
 * A district's working day through the gateway at one arrival rate ({@code -Dload.rate}), each arrival one
 * call by the role that makes it: street offices list and read their street's estates and agreements and
 * draft and revise agreements, the district lists across streets, residents file complaints and close them,
 * the company acknowledges and resolves the complaints about the estates it serves and records their fee
 * collection. Alongside, estates with an agreement in force exit one every {@code load.exit-every-ms}; the
 * time until each agreement reads as ended is measured and written to {@code load.propagation-report}.
 * The run holds when the 99th percentile of every call's response time stays under {@code load.p99-ms} and
 * no call fails (Gatling's assertions, so the run fails otherwise).
 */
public class PlatformLoadSimulation extends Simulation {

    private static final String USER = "user";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> COMPANY_CATEGORIES = List.of("SERVICE_CLEANING", "SERVICE_PARKING", "SERVICE_PATROL",
            "GROUND_LOCK", "STACKED_ITEMS", "SMALL_ADS");
    private static final String EXIT_COMPANY = "hexie";

    /** A complaint waiting for its next step, and who takes it. */
    private record Pending(String complaintId, String user) {
    }

    /** A draft agreement a street office keeps revising, with the revision it last read. */
    private record Draft(String id, String etag, String officer, AgreementRef basis, LocalDate termStart) {
    }

    private final LoadProperties settings = LoadProperties.fromSystem();
    private final Tokens tokens = new Tokens(settings.issuer());
    private final SetupApi api = new SetupApi(settings.gateway(), tokens);
    private final Propagation propagation = new Propagation();
    private final Queue<Prepared> toExit = new ConcurrentLinkedQueue<>();
    private final Queue<Pending> toAcknowledge = new ConcurrentLinkedQueue<>();
    private final Queue<Pending> toResolve = new ConcurrentLinkedQueue<>();
    private final Queue<Pending> toClose = new ConcurrentLinkedQueue<>();
    private final Queue<Draft> drafts = new ConcurrentLinkedQueue<>();
    private final AtomicLong filed = new AtomicLong();
    private volatile District district;

    {
        HttpProtocolBuilder gateway = http.baseUrl(settings.gateway().toString()).acceptHeader("application/json")
                .disableCaching().shareConnections();
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(districtDay().injectOpen(constantUsersPerSec(settings.rate()).during(settings.hold()).randomized()));
        if (settings.exits() > 0) {
            populations.add(exitPropagation().injectOpen(rampUsers(settings.exits()).during(settings.hold())));
        }
        setUp(populations).protocols(gateway)
                .maxDuration(settings.hold().plus(settings.propagationBound()).plusSeconds(30))
                .assertions(global().responseTime().percentile(99.0).lt(settings.p99Goal()),
                        global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        long started = System.nanoTime();
        tokens.signIn(District.users());
        EstatePreparation preparation = new EstatePreparation(api);
        district = District.load(api, preparation);
        List<String[]> streets = new ArrayList<>();
        for (JsonNode street : api.all(District.DISTRICT, "/api/streets")) {
            JsonNode community = street.path("communities").path(0);
            if (!community.isMissingNode()) {
                streets.add(new String[] {street.path("code").asText(), community.path("code").asText()});
            }
        }
        String run = LocalDateTime.now(District.BEIJING).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        toExit.addAll(preparation.prepare(settings.exits(), streets, EXIT_COMPANY, "基准测试退出楼" + run + "-"));
        System.out.printf("district: %d streets, %d estates, %d agreements in force, %d estates served by %s; "
                        + "%d estates ready to exit; prepared in %.1f s%n", district.estatesByStreet().size(),
                district.estatesByStreet().values().stream().mapToInt(List::size).sum(), district.agreements().size(),
                district.served().size(), District.COMPANY_ID, toExit.size(), (System.nanoTime() - started) / 1e9);
        System.out.printf("load: %.1f arrivals/s for %d s; one exit every %d ms, its agreement read every %d ms%n",
                settings.rate(), settings.hold().toSeconds(), settings.exitEvery().toMillis(), settings.pollEvery().toMillis());
    }

    @Override
    public void after() {
        tokens.close();
        if (settings.exits() == 0) {
            return;
        }
        System.out.println(propagation.summary(settings.pollEvery().toMillis()));
        try {
            propagation.write(Path.of(settings.propagationReport()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ the district's day

    /** One call per arrival, drawn by weight (per cent): about seven reads to three writes. */
    private ScenarioBuilder districtDay() {
        return scenario("district day").randomSwitch().on(List.of(
                new Choice.WithWeight(18, streetOfficeListsEstates()),
                new Choice.WithWeight(14, streetOfficeReadsEstate()),
                new Choice.WithWeight(4, streetOfficeReadsHistory()),
                new Choice.WithWeight(6, districtListsEstates()),
                new Choice.WithWeight(3, districtReadsStatistics()),
                new Choice.WithWeight(5, districtListsComplaints()),
                new Choice.WithWeight(4, streetOfficeListsAgreements()),
                new Choice.WithWeight(5, streetOfficeReadsAgreement()),
                new Choice.WithWeight(5, companyListsComplaints()),
                new Choice.WithWeight(3, residentListsComplaints()),
                new Choice.WithWeight(3, companyReadsFees()),
                new Choice.WithWeight(8, residentFilesComplaint()),
                new Choice.WithWeight(10, complaintHandled()),
                new Choice.WithWeight(6, companyRecordsFees()),
                new Choice.WithWeight(6, streetOfficeWritesAgreement())));
    }

    private ChainBuilder streetOfficeListsEstates() {
        return as(s -> District.officerOf(district.randomStreet()),
                http("estates: a street office lists its street").get("/api/estates?status=INCLUDED&size=20&sort=name,asc"));
    }

    private ChainBuilder streetOfficeReadsEstate() {
        return exec(s -> {
            String street = district.randomStreet();
            return s.set(USER, District.officerOf(street)).set("estateId", district.randomEstateOf(street));
        }).exec(signed(http("estates: a street office reads one").get("/api/estates/#{estateId}")));
    }

    private ChainBuilder streetOfficeReadsHistory() {
        return exec(s -> {
            String street = district.randomStreet();
            return s.set(USER, District.officerOf(street)).set("estateId", district.randomEstateOf(street));
        }).exec(signed(http("estates: a street office reads a history").get("/api/estates/#{estateId}/history?size=20")));
    }

    private ChainBuilder districtListsEstates() {
        return exec(s -> s.set(USER, District.DISTRICT).set("street", district.randomStreet()))
                .exec(signed(http("estates: the district lists a street").get("/api/estates?street=#{street}&size=20")));
    }

    private ChainBuilder districtReadsStatistics() {
        return as(s -> District.DISTRICT,
                http("estates: the district's statistics").get("/api/estates/statistics/by-street-and-status"));
    }

    private ChainBuilder districtListsComplaints() {
        return exec(s -> s.set(USER, District.DISTRICT).set("street", district.randomStreet()))
                .exec(signed(http("complaints: the district lists a street").get("/api/complaints?street=#{street}&size=20")));
    }

    private ChainBuilder streetOfficeListsAgreements() {
        return as(s -> District.officerOf(district.randomAgreement().street()),
                http("agreements: a street office lists its street").get("/api/agreements?size=20"));
    }

    private ChainBuilder streetOfficeReadsAgreement() {
        return exec(s -> {
            AgreementRef agreement = district.randomAgreement();
            return s.set(USER, District.officerOf(agreement.street())).set("agreementId", agreement.id());
        }).exec(signed(http("agreements: a street office reads one").get("/api/agreements/#{agreementId}")));
    }

    private ChainBuilder companyListsComplaints() {
        return as(s -> District.COMPANY, http("complaints: the company lists its own").get("/api/complaints?size=20"));
    }

    private ChainBuilder residentListsComplaints() {
        return as(s -> District.RESIDENT, http("complaints: a resident lists what they filed").get("/api/complaints?size=10"));
    }

    private ChainBuilder companyReadsFees() {
        return exec(s -> s.set(USER, District.COMPANY).set("estateId", district.randomServed().id())
                .set("from", district.feeMonth().minusMonths(5).toString()).set("to", district.feeMonth().toString()))
                .exec(signed(http("fees: the company reads an estate's months")
                        .get("/api/estates/#{estateId}/fee-collections?from=#{from}&to=#{to}")));
    }

    private ChainBuilder residentFilesComplaint() {
        return exec(s -> {
            long n = filed.incrementAndGet();
            boolean forTheCompany = n % 5 != 0;
            String category = forTheCompany ? District.pick(COMPANY_CATEGORIES) : "OTHER";
            // a distinct place each time: the same estate, category and place within three days is a repeat
            return s.set(USER, District.RESIDENT).set("body", json(EstatePreparation.fields(
                    "estateId", district.randomServed().id(), "category", category,
                    "complainantName", "王建华", "complainantPhone", "13812345678", "building", (1 + n % 6) + "号楼",
                    "place", "基准测试点" + n, "description", "基准测试：" + category)));
        }).exec(signed(http("complaints: a resident files one").post("/api/complaints").body(StringBody(s -> s.getString("body")))
                .asJson().check(status().is(201), jsonPath("$.id").saveAs("complaintId"),
                        jsonPath("$.status.code").saveAs("complaintStatus"),
                        jsonPath("$.handler.kind.code").optional().saveAs("handlerKind"))))
                .exec(s -> {
                    if (!s.isFailed() && !"DUPLICATE".equals(s.getString("complaintStatus")) && s.contains("handlerKind")) {
                        String handler = switch (s.getString("handlerKind")) {
                            case "SERVICE_COMPANY" -> District.COMPANY;
                            case "STREET_OFFICE" -> District.officerOf(District.SERVED_STREET);
                            default -> null;
                        };
                        if (handler != null) {
                            toAcknowledge.offer(new Pending(s.getString("complaintId"), handler));
                        }
                    }
                    return s;
                });
    }

    /**
     * The next step of a complaint filed earlier in the run, the latest stage first: the resident closes a
     * resolved one, its handler resolves an acknowledged one or acknowledges a new one. With none waiting,
     * the company looks at its list instead.
     */
    private ChainBuilder complaintHandled() {
        return exec(s -> {
            Pending pending;
            if ((pending = toClose.poll()) != null) {
                return s.set("step", "close").set("pending", pending).set(USER, District.RESIDENT);
            }
            if ((pending = toResolve.poll()) != null) {
                return s.set("step", "resolve").set("pending", pending).set(USER, pending.user());
            }
            if ((pending = toAcknowledge.poll()) != null) {
                return s.set("step", "acknowledge").set("pending", pending).set(USER, pending.user());
            }
            return s.set("step", "none").set(USER, District.COMPANY);
        }).doSwitch("#{step}").on(
                onCase("close").then(exec(s -> s.set("complaintId", s.<Pending>get("pending").complaintId()))
                        .exec(signed(http("complaints: the resident closes one").post("/api/complaints/#{complaintId}/closure")
                                .body(StringBody("{\"satisfaction\": 4, \"comment\": \"满意\"}")).asJson()))),
                onCase("resolve").then(exec(s -> s.set("complaintId", s.<Pending>get("pending").complaintId()))
                        .exec(signed(http("complaints: the handler resolves one").post("/api/complaints/#{complaintId}/resolution")
                                .body(StringBody("{\"reason\": \"已处理\"}")).asJson()))
                        .exec(s -> next(s, toClose))),
                onCase("acknowledge").then(exec(s -> s.set("complaintId", s.<Pending>get("pending").complaintId()))
                        .exec(signed(http("complaints: the handler acknowledges one")
                                .post("/api/complaints/#{complaintId}/acknowledgement")))
                        .exec(s -> next(s, toResolve))),
                onCase("none").then(exec(signed(http("complaints: the company lists what is open")
                        .get("/api/complaints?status=IN_PROGRESS&size=20")))));
    }

    private static Session next(Session s, Queue<Pending> stage) {
        if (!s.isFailed()) {
            stage.offer(s.get("pending"));
        }
        return s;
    }

    private ChainBuilder companyRecordsFees() {
        return exec(s -> {
            ServedEstate estate = district.randomServed();
            int paid = estate.households() * (85 + ThreadLocalRandom.current().nextInt(15)) / 100;
            BigDecimal billed = estate.floorArea().multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal collected = billed.multiply(BigDecimal.valueOf(paid))
                    .divide(BigDecimal.valueOf(estate.households()), 2, RoundingMode.HALF_UP);
            return s.set(USER, District.COMPANY).set("estateId", estate.id()).set("month", district.feeMonth().toString())
                    .set("body", json(EstatePreparation.fields("householdsBilled", estate.households(), "householdsPaid", paid,
                            "amountBilled", billed, "amountCollected", collected, "agreementId", estate.agreementId())));
        }).exec(signed(http("fees: the company records a month").put("/api/estates/#{estateId}/fee-collections/#{month}")
                .body(StringBody(s -> s.getString("body"))).asJson()));
    }

    /**
     * A street office negotiating next term's agreement: it revises a draft it holds (with If-Match, so no two
     * arrivals revise the same draft at once) or, when every draft is in someone's hands, drafts a new one.
     */
    private ChainBuilder streetOfficeWritesAgreement() {
        return exec(s -> {
            Draft draft = drafts.poll();
            if (draft == null) {
                AgreementRef basis = district.randomAgreement();
                LocalDate start = basis.termEnd().plusDays(1);
                return s.set("step", "draft").set(USER, District.officerOf(basis.street()))
                        .set("draft", new Draft(null, null, District.officerOf(basis.street()), basis, start))
                        .set("body", json(EstatePreparation.draft(basis.estateId(), basis.companyId(), start,
                                start.plusYears(3).minusDays(1), basis.fee())));
            }
            int rounds = 2 + ThreadLocalRandom.current().nextInt(5);
            return s.set("step", "revise").set(USER, draft.officer()).set("draft", draft).set("draftId", draft.id())
                    .set("etag", draft.etag()).set("body", json(EstatePreparation.draft(draft.basis().estateId(),
                            draft.basis().companyId(), draft.termStart(), draft.termStart().plusYears(3).minusDays(1),
                            draft.basis().fee(), rounds)));
        }).doSwitch("#{step}").on(
                onCase("draft").then(exec(signed(http("agreements: a street office drafts one").post("/api/agreements")
                        .body(StringBody(s -> s.getString("body"))).asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("draftId"), header("ETag").saveAs("etag"))))
                        .exec(s -> keepDraft(s))),
                onCase("revise").then(exec(signed(http("agreements: a street office revises a draft").put("/api/agreements/#{draftId}")
                        .header("If-Match", "#{etag}").body(StringBody(s -> s.getString("body"))).asJson()
                        .check(status().is(200), header("ETag").saveAs("etag"))))
                        .exec(s -> keepDraft(s))));
    }

    private Session keepDraft(Session s) {
        if (!s.isFailed()) {
            Draft draft = s.get("draft");
            drafts.offer(new Draft(s.getString("draftId"), s.getString("etag"), draft.officer(), draft.basis(), draft.termStart()));
        }
        return s;
    }

    // ------------------------------------------------------------------ exit propagation

    /** The district exits an estate; its agreement is read every poll interval until it shows ended. */
    private ScenarioBuilder exitPropagation() {
        long bound = settings.propagationBound().toNanos();
        return scenario("exit propagation").exec(s -> {
                    Prepared estate = toExit.poll();
                    if (estate == null) {
                        return s.markAsFailed();
                    }
                    return s.set(USER, District.DISTRICT).set("estateId", estate.estateId()).set("agreementId", estate.agreementId())
                            .set("body", json(EstatePreparation.fields("reason", "DEMOLITION", "effectiveDate", District.today(),
                                    "documents", List.of("基准测试"))));
                })
                .exitHereIf(s -> !s.contains("agreementId"))
                .exec(signed(http("propagation: the district exits an estate").post("/api/estates/#{estateId}/exit")
                        .body(StringBody(s -> s.getString("body"))).asJson()))
                .exitHereIf(Session::isFailed)
                .exec(s -> s.set("exitedAt", System.nanoTime()).set("ended", false))
                .asLongAs(s -> !s.getBoolean("ended") && System.nanoTime() - s.<Long>get("exitedAt") < bound).on(
                        exec(signed(http("propagation: the agreement read until ended").get("/api/agreements/#{agreementId}")
                                .check(status().is(200), jsonPath("$.status.code").saveAs("agreementStatus"))))
                                .exec(s -> {
                                    if ("TERMINATED".equals(s.getString("agreementStatus"))) {
                                        propagation.ended((System.nanoTime() - s.<Long>get("exitedAt")) / 1_000_000);
                                        return s.set("ended", true);
                                    }
                                    return s;
                                })
                                .doIf(s -> !s.getBoolean("ended")).then(pause(settings.pollEvery())))
                .exec(s -> {
                    if (!s.getBoolean("ended")) {
                        propagation.notEnded();
                    }
                    return s;
                });
    }

    // ------------------------------------------------------------------ helpers

    /** A request made as the session's user, with that user's current token; 2xx is success. */
    private HttpRequestActionBuilder signed(HttpRequestActionBuilder request) {
        return request.header("Authorization", s -> tokens.bearer(s.getString(USER)));
    }

    private ChainBuilder as(Function<Session, String> user, HttpRequestActionBuilder request) {
        return exec(s -> s.set(USER, user.apply(s))).exec(signed(request));
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
