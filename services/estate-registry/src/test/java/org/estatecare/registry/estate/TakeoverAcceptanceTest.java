package org.estatecare.registry.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.estatecare.registry.estate.EstateTest.BUREAU;
import static org.estatecare.registry.estate.EstateTest.ELIGIBLE;
import static org.estatecare.registry.estate.EstateTest.INSPECTOR;
import static org.estatecare.registry.estate.EstateTest.NOW;
import static org.estatecare.registry.estate.EstateTest.PASSED;
import static org.estatecare.registry.estate.EstateTest.refusal;
import static org.estatecare.registry.estate.EstateTest.registered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TakeoverAcceptanceTest {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 10);
    static final LocalDate SECOND = LocalDate.of(2026, 2, 3);

    /** The passed checklist with {@code item} failed for the reason given. */
    static List<ItemCheck> failing(TakeoverItem item, String note) {
        return PASSED.stream().map(check -> check.item() == item ? new ItemCheck(item, ItemResult.FAIL, note) : check).toList();
    }

    @Test
    @DisplayName("R-TAKE-1: an attempt passing every item accepts the takeover on its date and is kept as attempt 1")
    void allItemsPassedAcceptsTheTakeover() {
        Estate estate = registered(ELIGIBLE);

        TakeoverAttempt attempt = estate.acceptTakeover(FIRST, PASSED, BUREAU, INSPECTOR, NOW);

        assertThat(attempt.result()).isEqualTo(TakeoverResult.PASS);
        assertThat(attempt.number()).isEqualTo(1);
        assertThat(attempt.itemsToPutRight()).isEmpty();
        assertThat(estate.status()).isEqualTo(EstateStatus.TAKEOVER_ACCEPTED);
        assertThat(estate.takeoverAcceptedOn()).contains(FIRST);
        assertThat(estate.awaitsReAcceptance()).isFalse();
        assertThat(estate.history().get(estate.history().size() - 1).action()).isEqualTo("takeover-accepted");
    }

    @Test
    @DisplayName("R-TAKE-2: a failing item fails the attempt, lists it to put right, and the estate cannot be filed")
    void aFailingItemBlocksTheEstate() {
        Estate estate = registered(ELIGIBLE);

        TakeoverAttempt attempt = estate.acceptTakeover(FIRST, failing(TakeoverItem.ROOFS_AND_WATERPROOFING, "3号楼屋面渗漏"),
                BUREAU, INSPECTOR, NOW);

        assertThat(attempt.result()).isEqualTo(TakeoverResult.FAIL);
        assertThat(attempt.itemsToPutRight()).extracting(ItemCheck::item, ItemCheck::note)
                .containsExactly(tuple(TakeoverItem.ROOFS_AND_WATERPROOFING, "3号楼屋面渗漏"));
        assertThat(estate.status()).isEqualTo(EstateStatus.REGISTERED);
        assertThat(estate.takeoverAcceptedOn()).isEmpty();
        assertThat(estate.awaitsReAcceptance()).isTrue();
        assertThatThrownBy(() -> estate.file(LocalDate.of(2026, 1, 20), BUREAU, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> estate.include(LocalDate.of(2026, 1, 20), ManagementMode.SERVICE_COMPANY, BUREAU, NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    @DisplayName("R-TAKE-2: a re-acceptance after the items are put right passes; both attempts are kept, numbered")
    void reAcceptancePasses() {
        Estate estate = registered(ELIGIBLE);
        estate.acceptTakeover(FIRST, failing(TakeoverItem.FIRE_FACILITIES, "灭火器过期"), BUREAU, INSPECTOR, NOW);

        estate.acceptTakeover(SECOND, PASSED, BUREAU, INSPECTOR, NOW);

        assertThat(estate.takeoverAttempts()).extracting(TakeoverAttempt::number, TakeoverAttempt::acceptedOn, TakeoverAttempt::result)
                .containsExactly(tuple(1, FIRST, TakeoverResult.FAIL), tuple(2, SECOND, TakeoverResult.PASS));
        assertThat(estate.takeoverAcceptedOn()).contains(SECOND);
        assertThat(estate.awaitsReAcceptance()).isFalse();
        estate.file(LocalDate.of(2026, 2, 10), BUREAU, NOW);
        assertThat(estate.status()).isEqualTo(EstateStatus.FILED);
    }

    @Test
    @DisplayName("R-TAKE-1: after a pass no further attempt is taken (409)")
    void noAttemptAfterAPass() {
        Estate estate = registered(ELIGIBLE);
        estate.acceptTakeover(FIRST, PASSED, BUREAU, INSPECTOR, NOW);

        assertThatThrownBy(() -> estate.acceptTakeover(SECOND, PASSED, BUREAU, INSPECTOR, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThat(estate.takeoverAttempts()).hasSize(1);
    }

    @Test
    @DisplayName("R-TAKE-1: a re-acceptance is not dated before the previous attempt; the same day is possible")
    void reAcceptanceNotBeforeThePreviousAttempt() {
        Estate estate = registered(ELIGIBLE);
        estate.acceptTakeover(SECOND, failing(TakeoverItem.ROADS, "路面破损"), BUREAU, INSPECTOR, NOW);

        refusal(() -> estate.acceptTakeover(FIRST, PASSED, BUREAU, INSPECTOR, NOW))
                .extracting(Violation::rule, Violation::condition, Violation::about)
                .containsExactly(tuple("R-TAKE-1", "before-previous-attempt", "acceptedOn"));
        assertThat(estate.takeoverAttempts()).hasSize(1);
        estate.acceptTakeover(SECOND, PASSED, BUREAU, INSPECTOR, NOW);
        assertThat(estate.status()).isEqualTo(EstateStatus.TAKEOVER_ACCEPTED);
    }

    @Test
    @DisplayName("R-TAKE-2: every item of the standard is checked; a refusal names the missing ones and changes nothing")
    void everyItemIsChecked() {
        Estate estate = registered(ELIGIBLE);
        long revision = estate.revision();
        List<ItemCheck> withoutArchives = PASSED.stream().filter(c -> c.item() != TakeoverItem.ARCHIVES_HANDED_OVER).toList();

        refusal(() -> estate.acceptTakeover(FIRST, withoutArchives, BUREAU, INSPECTOR, NOW))
                .singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("R-TAKE-2");
                    assertThat(v.condition()).isEqualTo("items-missing");
                    assertThat(v.message()).contains("ARCHIVES_HANDED_OVER");
                    assertThat(v.about()).isEqualTo("items");
                });
        assertThat(estate.revision()).isEqualTo(revision);
        assertThat(estate.takeoverAttempts()).isEmpty();
    }

    @Test
    @DisplayName("R-TAKE-2: an item given twice, an always-applicable item marked not applicable, a failure without a note are refused")
    void checklistMistakesAreRefused() {
        Estate estate = registered(ELIGIBLE);
        List<ItemCheck> items = new ArrayList<>(PASSED);
        items.set(0, new ItemCheck(TakeoverItem.BUILDING_STRUCTURE, ItemResult.NOT_APPLICABLE, null));
        items.set(1, new ItemCheck(TakeoverItem.ROOFS_AND_WATERPROOFING, ItemResult.FAIL, "  "));
        items.add(new ItemCheck(TakeoverItem.GREENING, ItemResult.PASS, null));

        refusal(() -> estate.acceptTakeover(FIRST, items, BUREAU, INSPECTOR, NOW))
                .extracting(Violation::rule, Violation::condition, Violation::about)
                .containsExactly(tuple("R-TAKE-2", "item-always-applies", "items[0].result"),
                        tuple("R-TAKE-2", "failed-item-without-note", "items[1].note"),
                        tuple("R-TAKE-2", "item-repeated", "items[10].item"));
    }

    @Test
    @DisplayName("R-TAKE-2: lifts are checked where present: a pass or a failure of the lifts counts like any item")
    void liftsWherePresent() {
        Estate estate = registered(ELIGIBLE);
        TakeoverAttempt attempt = estate.acceptTakeover(FIRST, failing(TakeoverItem.LIFTS, "2号楼电梯未取得使用登记"),
                BUREAU, INSPECTOR, NOW);
        assertThat(attempt.result()).isEqualTo(TakeoverResult.FAIL);
        assertThat(TakeoverItem.LIFTS.whereApplicable()).isTrue();
        assertThat(List.of(TakeoverItem.values())).filteredOn(TakeoverItem::whereApplicable).containsExactly(TakeoverItem.LIFTS);
    }

    @Test
    @DisplayName("R-TAKE-1: an attempt is dated not before the renovation's acceptance and not after today")
    void attemptDates() {
        refusal(() -> registered(ELIGIBLE).acceptTakeover(LocalDate.of(2025, 12, 19), PASSED, BUREAU, INSPECTOR, NOW))
                .extracting(Violation::condition).containsExactly("takeover-before-renovation-acceptance");
        refusal(() -> registered(ELIGIBLE).acceptTakeover(LocalDate.of(2026, 3, 3), PASSED, BUREAU, INSPECTOR, NOW))
                .extracting(Violation::condition).containsExactly("in-the-future");
        Estate onTheDay = registered(ELIGIBLE);
        onTheDay.acceptTakeover(LocalDate.of(2025, 12, 20), PASSED, BUREAU, INSPECTOR, NOW);
        assertThat(onTheDay.takeoverAcceptedOn()).contains(LocalDate.of(2025, 12, 20));
    }

    @Test
    @DisplayName("R-TAKE-1: an attempt recorded for the bureau by another role says so, keeping the acting user and role")
    void recordedOnBehalfOfTheBureau() {
        Estate estate = registered(ELIGIBLE);
        TakeoverAttempt attempt = estate.acceptTakeover(FIRST, PASSED, new Decision("admin", List.of("津民验〔2026〕3号"), null),
                Recorder.onBehalfOfTheBureau("admin", "district-admin"), NOW);

        assertThat(attempt.recordedBy()).isEqualTo(new Recorder("admin", "district-admin", "municipal civil affairs bureau"));
        assertThat(attempt.documents()).containsExactly("津民验〔2026〕3号");
        assertThat(attempt.recordedAt()).isEqualTo(NOW);
        assertThat(estate.takeoverAttempts().get(0).recordedBy().onBehalfOf()).isEqualTo(Recorder.MUNICIPAL_BUREAU);
    }
}
