package org.estatecare.kit.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** One page of a list: the items and where the page lies in the whole. */
public record PageView<T>(List<T> content, PageInfo page) {

    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(),
                new PageInfo(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
    }

    /**
     * One page of a short list read whole and kept in its own fixed order (an aggregate's history, a
     * year's calendar versions). Such a list sorts by nothing, so a request naming {@code sort} is 400
     * rather than quietly served in another order than it asked; a page past the end is empty.
     */
    public static <T> PageView<T> of(List<T> all, Pageable page) {
        if (page.getSort().isSorted()) {
            throw new InvalidParameterException("sort", "this list has a fixed order and cannot be sorted");
        }
        if (page.isUnpaged()) {
            return of(new PageImpl<>(all), Function.identity());
        }
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = (int) Math.min((long) from + page.getPageSize(), all.size());
        return of(new PageImpl<>(all.subList(from, to), page, all.size()), Function.identity());
    }
}
