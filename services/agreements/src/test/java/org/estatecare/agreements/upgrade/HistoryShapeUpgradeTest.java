package org.estatecare.agreements.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Old history lines become the platform's entries, the status before taken from the line before. */
class HistoryShapeUpgradeTest {

    static final Date AT = new Date(1_773_000_000_000L);

    @Test
    void anAgreementsLinesKeepTheirActionAndNoteAndGainTheStatusTheyMovedFrom() {
        List<Document> upgraded = HistoryShapeUpgrade.agreementLines(List.of(
                new Document("action", "drafted").append("at", AT).append("actor", "officer").append("status", "DRAFT"),
                new Document("action", "signed").append("at", AT).append("actor", "officer").append("status", "ACTIVE")
                        .append("note", "signed on 2026-03-10"),
                new Document("action", "estate-moved").append("at", AT).append("actor", "system").append("status", "ACTIVE")));

        assertThat(upgraded).extracting(line -> line.get("action")).containsExactly("drafted", "signed", "estate-moved");
        assertThat(upgraded).extracting(line -> line.get("fromStatus")).containsExactly(null, "DRAFT", null);
        assertThat(upgraded).extracting(line -> line.get("toStatus")).containsExactly("DRAFT", "ACTIVE", "ACTIVE");
        assertThat(upgraded).allSatisfy(line -> {
            assertThat(line.get("recordedAt")).isEqualTo(AT);
            assertThat(line).doesNotContainKeys("at", "status");
        });
        assertThat(upgraded.get(1).get("note")).isEqualTo("signed on 2026-03-10");
    }

    @Test
    void aCompanysStatusChangesAreNamedFromTheMoveAndKeepTheirReason() {
        List<Document> upgraded = HistoryShapeUpgrade.companyLines(List.of(
                new Document("status", "ACTIVE").append("at", AT).append("actor", "admin").append("reason", "registered"),
                new Document("status", "SUSPENDED").append("at", AT).append("actor", "admin").append("reason", "资质审查"),
                new Document("status", "ACTIVE").append("at", AT).append("actor", "admin").append("reason", "整改完成"),
                new Document("status", "DEREGISTERED").append("at", AT).append("actor", "admin").append("reason", "退出")));

        assertThat(upgraded).extracting(line -> line.get("action"))
                .containsExactly("registered", "suspended", "reinstated", "deregistered");
        assertThat(upgraded).extracting(line -> line.get("fromStatus")).containsExactly(null, "ACTIVE", "SUSPENDED", "ACTIVE");
        assertThat(upgraded).extracting(line -> line.get("note")).containsExactly(null, "资质审查", "整改完成", "退出");
    }

    @Test
    void linesAlreadyInThePlatformsShapeAreKept() {
        Document entry = new Document("action", "registered").append("recordedAt", AT).append("actor", "admin")
                .append("toStatus", "ACTIVE");
        assertThat(HistoryShapeUpgrade.companyLines(List.of(entry))).containsExactly(entry);
    }
}
