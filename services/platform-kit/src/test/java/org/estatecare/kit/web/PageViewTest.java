package org.estatecare.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PageViewTest {

    private static final List<String> HISTORY = List.of("registered", "changed", "mode changed", "exit decided", "exited");

    @Test
    void aListReadWholeIsCutIntoThePageAskedInItsOwnOrder() {
        PageView<String> second = PageView.of(HISTORY, PageRequest.of(1, 2));

        assertThat(second.content()).containsExactly("mode changed", "exit decided");
        assertThat(second.page()).isEqualTo(new PageView.PageInfo(1, 2, 5, 3));
        assertThat(PageView.of(HISTORY, PageRequest.of(2, 2)).content()).containsExactly("exited");
    }

    @Test
    void aPagePastTheEndIsEmptyAndStillCountsTheWhole() {
        PageView<String> beyond = PageView.of(HISTORY, PageRequest.of(7, 2));

        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.page()).isEqualTo(new PageView.PageInfo(7, 2, 5, 3));
        assertThat(PageView.of(List.of(), PageRequest.of(0, 20)).page()).isEqualTo(new PageView.PageInfo(0, 20, 0, 0));
    }

    @Test
    void aFixedOrderListRefusesToBeSortedRatherThanIgnoringTheRequest() {
        assertThatThrownBy(() -> PageView.of(HISTORY, PageRequest.of(0, 2, Sort.by("recordedAt"))))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("sort"));
    }

    @Test
    void anUnpagedRequestGetsTheWholeListAsOnePage() {
        PageView<String> whole = PageView.of(HISTORY, Pageable.unpaged());

        assertThat(whole.content()).isEqualTo(HISTORY);
        assertThat(whole.page().totalElements()).isEqualTo(5);
    }
}
