package org.estatecare.kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bson.Document;
import org.estatecare.kit.testing.BadInputWalker.Outcome;
import org.estatecare.kit.testing.BadInputWalker.Result;
import org.estatecare.testing.TestHttp;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The walker fails where it must: against a service that stores input it should refuse, that stores
 * and then refuses, or whose valid example is refused, its cases fail; against one that validates,
 * they pass. A walk that could not fail would prove nothing about the services.
 */
@SpringBootTest(classes = BadInputWalkerIT.ProbeApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputWalkerIT {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final String NOTES = "notes";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("kit-walker-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.application.name", () -> "kit-walker-it");
        registry.add("estatecare.outbox.enabled", () -> "false");
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Probe.class)
    static class ProbeApp {
    }

    record Note(@NotNull @Size(max = 50) String name, @NotNull @Min(0) @Max(1000) Integer count) {
    }

    @RestController
    static class Probe {

        private final MongoTemplate mongo;

        Probe(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        /** Validates, then stores. */
        @PostMapping("/api/strict")
        Note strict(@Valid @RequestBody Note note) {
            return store(note);
        }

        /** Stores whatever parses: a count of -1, a name of 51 characters. */
        @PostMapping("/api/careless")
        Note careless(@RequestBody Note note) {
            return store(note);
        }

        /** Stores, then refuses: a 400 problem, but the data has changed. */
        @PostMapping("/api/half-done")
        Note halfDone(@RequestBody Note note) {
            store(note);
            throw new IllegalArgumentException("refused after storing");
        }

        private Note store(Note note) {
            mongo.insert(new Document("name", note.name()).append("count", note.count()), NOTES);
            return note;
        }
    }

    @BeforeEach
    void empty() {
        mongo.dropCollection(NOTES);
    }

    /** Runs every case of the walk as JUnit would; the display names of the cases that failed. */
    static List<String> failures(List<DynamicTest> cases) {
        List<String> failed = new ArrayList<>();
        for (DynamicTest test : cases) {
            try {
                test.getExecutable().execute();
            } catch (AssertionError refusedCase) {
                failed.add(test.getDisplayName());
            } catch (Throwable unexpected) {
                throw new IllegalStateException(test.getDisplayName(), unexpected);
            }
        }
        return failed;
    }

    /** A walk of one of the probe's operations, the others skipped. */
    BadInputWalker walking(String operation) {
        TestHttp admin = new TestHttp("http://127.0.0.1:" + port, INFRA.issuer().token("admin", List.of("district-admin"), Map.of()));
        BadInputWalker walker = BadInputWalker.of("kit-walker-it", admin, mongo.getDb());
        for (String each : List.of("POST /api/strict", "POST /api/careless", "POST /api/half-done")) {
            walker.validBody(each, "{\"name\": \"春华里\", \"count\": 480}");
            if (!each.equals(operation)) {
                walker.skip(each, "another test walks it");
            }
        }
        return walker;
    }

    @Test
    void aServiceThatValidatesPassesEveryCaseAndItsControl() {
        BadInputWalker walker = walking("POST /api/strict");

        List<String> failed = failures(walker.cases().toList());

        assertThat(failed).isEmpty();
        assertThat(walker.results()).isNotEmpty().allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.REFUSED));
        assertThat(walker.results()).extracting(r -> r.c().input())
                .contains("negative -1", "above maximum 1000", "text of maxLength+1 (51) characters", "NUL in text",
                        "fraction 480.9 for a whole number", "duplicate key", "malformed JSON");
        assertThat(mongo.getCollection(NOTES).countDocuments()).as("only the control was stored").isEqualTo(1);
    }

    @Test
    void inputStoredThoughItShouldHaveBeenRefusedFailsItsCase() {
        BadInputWalker walker = walking("POST /api/careless");

        List<String> failed = failures(walker.cases().toList());

        assertThat(failed).contains("POST /api/careless · count · negative -1",
                "POST /api/careless · count · above maximum 1000",
                "POST /api/careless · name · text of maxLength+1 (51) characters");
        assertThat(walker.results()).filteredOn(r -> r.c().input().equals("negative -1")).extracting(Result::outcome)
                .containsExactly(Outcome.ACCEPTED);
        assertThat(failed).doesNotContain("POST /api/careless · count · fraction 480.9 for a whole number",
                "POST /api/careless · name · NUL in text", "POST /api/careless · (control) · the valid example as given");
    }

    @Test
    void aRefusalThatChangedDataFailsItsCaseAndARefusedExampleFailsTheControl() {
        BadInputWalker walker = walking("POST /api/half-done");

        List<String> failed = failures(walker.cases().toList());

        assertThat(walker.results()).filteredOn(r -> r.c().input().equals("negative -1")).singleElement()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.outcome()).isEqualTo(Outcome.CHANGED_DATA);
                    assertThat(r.changed()).containsExactly(NOTES);
                });
        assertThat(failed).contains("POST /api/half-done · count · negative -1",
                "POST /api/half-done · (control) · the valid example as given");
        assertThat(failed).doesNotContain("POST /api/half-done · body · malformed JSON");
    }
}
