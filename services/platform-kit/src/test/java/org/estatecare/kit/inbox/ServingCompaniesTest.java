package org.estatecare.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.estatecare.events.CloudEventAttributes;
import org.estatecare.events.EventContract;
import org.estatecare.events.EventJson;
import org.estatecare.events.agreements.AgreementEnded;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.AgreementSigned;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Who serves an estate is decided as of a day, from the agreements' terms, each event applied once. */
class ServingCompaniesTest {

    static final MongoClient CLIENT = MongoClients.create(TestInfrastructure.shared().mongo().uri());
    static final MongoTemplate MONGO = new MongoTemplate(CLIENT, "kit-serving-companies");
    final ServingCompanies serving = new ServingCompanies(MONGO, "serving");

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    static <T extends Record> InboundEvent event(EventContract<T> contract, String agreement, long sequence, T payload) {
        return new InboundEvent(new CloudEventAttributes("ev-" + System.nanoTime(), "/estatecare/agreements", contract.type(),
                agreement, sequence, Instant.parse("2026-03-01T00:00:00Z")), EventJson.write(payload));
    }

    static AgreementSigned signed(String agreement, String estate, String company) {
        return new AgreementSigned(agreement, estate, "chunhua", "chunhua-xinhua", company, "RESIDENTS_COMMITTEE",
                LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), "PER_SQUARE_METRE_MONTH",
                new BigDecimal("1.20"), 0, null);
    }

    @Test
    void aCompanyServesFromTheFirstDayOfItsTermToTheLastDayInForce() {
        String agreement = "a-" + System.nanoTime();
        EstateId estate = new EstateId("e-" + System.nanoTime());
        CompanyId company = new CompanyId("anju-" + System.nanoTime());

        assertThat(serving.apply(event(AgreementEvents.SIGNED, agreement, 1, signed(agreement, estate.value(), company.value()))))
                .contains(estate);

        assertThat(serving.companyServing(estate, LocalDate.of(2025, 12, 31))).as("before the term").isEmpty();
        assertThat(serving.companyServing(estate, LocalDate.of(2026, 1, 1))).contains(company);
        assertThat(serving.estatesServedBy(company, LocalDate.of(2026, 3, 10))).containsExactly(estate);
        assertThat(serving.serves(company, estate, LocalDate.of(2028, 12, 31))).as("the term's last day").isTrue();

        assertThat(serving.apply(event(AgreementEvents.TERMINATED, agreement, 2, new AgreementEnded(agreement, estate.value(),
                "chunhua", "chunhua-xinhua", company.value(), LocalDate.of(2026, 6, 30), "BY_PARTIES")))).contains(estate);

        assertThat(serving.serves(company, estate, LocalDate.of(2026, 6, 30))).as("the last day in force").isTrue();
        assertThat(serving.serves(company, estate, LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(serving.estatesServedBy(company, LocalDate.of(2026, 7, 1))).isEmpty();
    }

    @Test
    void aRedeliveredOrOlderEventChangesNothing() {
        String agreement = "a-" + System.nanoTime();
        EstateId estate = new EstateId("e-" + System.nanoTime());
        CompanyId company = new CompanyId("anju-" + System.nanoTime());
        serving.apply(event(AgreementEvents.SIGNED, agreement, 1, signed(agreement, estate.value(), company.value())));
        serving.apply(event(AgreementEvents.TERMINATED, agreement, 2, new AgreementEnded(agreement, estate.value(), "chunhua",
                "chunhua-xinhua", company.value(), LocalDate.of(2026, 6, 30), "BY_PARTIES")));

        assertThat(serving.apply(event(AgreementEvents.SIGNED, agreement, 1, signed(agreement, estate.value(), company.value()))))
                .as("the signing again, older than the termination").isEmpty();
        assertThat(serving.serves(company, estate, LocalDate.of(2026, 7, 1))).isFalse();
    }
}
