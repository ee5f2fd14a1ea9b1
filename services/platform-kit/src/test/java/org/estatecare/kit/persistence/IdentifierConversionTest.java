package org.estatecare.kit.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.estatecare.events.EventJson;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;

class IdentifierConversionTest {

    record Claim(EstateId estateId, List<AgreementId> agreements, String note) {
    }

    static final MappingMongoConverter CONVERTER = converter();

    static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of(IdentifierConversion.shared()));
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }

    @Test
    void typedIdsAreStoredAsTheirTextAndReadBack() {
        Claim claim = new Claim(new EstateId("e-1"), List.of(new AgreementId("a-1"), new AgreementId("a-2")), "x");
        Document stored = new Document();
        CONVERTER.write(claim, stored);

        assertThat(stored.get("estateId")).isEqualTo("e-1");
        assertThat(stored.getList("agreements", Object.class)).containsExactly("a-1", "a-2");
        assertThat(CONVERTER.read(Claim.class, stored)).isEqualTo(claim);
    }

    @Test
    void aDocumentWrittenWithPlainTextIdsReadsAsTypedIds() {
        Document old = new Document("estateId", "e-9").append("agreements", List.of("a-9")).append("note", "y");

        assertThat(CONVERTER.read(Claim.class, old))
                .isEqualTo(new Claim(new EstateId("e-9"), List.of(new AgreementId("a-9")), "y"));
    }

    @Test
    void aQueryOnATypedIdMatchesItsText() {
        Document query = new QueryMapper(CONVERTER).getMappedObject(
                Criteria.where("estateId").is(new EstateId("e-1")).getCriteriaObject(),
                CONVERTER.getMappingContext().getPersistentEntity(Claim.class));

        assertThat(query.get("estateId")).isEqualTo("e-1");
    }

    @Test
    void onTheWireATypedIdIsItsPlainText() {
        assertThat(EventJson.write(new Claim(new EstateId("e-1"), List.of(new AgreementId("a-1")), "z")))
                .contains("\"estateId\":\"e-1\"").contains("\"agreements\":[\"a-1\"]");
    }
}
