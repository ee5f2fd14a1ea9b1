package org.estatecare.kit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The properties a list may be sorted by, each with the field it is stored in, and the order a request
 * without {@code sort} gets. {@link #apply} turns the request's {@link Pageable} into the one the query
 * runs: an unknown property is 400 (a list never sorts by a field nobody chose to index or show), and
 * the id breaks ties so pages never overlap or skip.
 *
 * <pre>{@code
 * static final SortAllowList SORTABLE = SortAllowList.of(Map.of("name", "details.name", "status", "status"))
 *         .byDefault(Sort.Direction.ASC, "name");
 * PageView<EstateView> list(EstateFilter filter, @ParameterObject Pageable page, Caller caller) {
 *     return PageView.of(service.search(filter, SORTABLE.apply(page), caller), EstateView::of);
 * }
 * }</pre>
 *
 * @param storedAt    API property → stored field
 * @param defaultSort in API properties
 */
public record SortAllowList(Map<String, String> storedAt, Sort defaultSort) {

    static final String TIE_BREAKER = "_id";

    public SortAllowList {
        storedAt = java.util.Collections.unmodifiableMap(new TreeMap<>(storedAt));
        for (Sort.Order order : defaultSort) {
            if (!storedAt.containsKey(order.getProperty())) {
                throw new IllegalArgumentException("default sort property " + order.getProperty() + " is not sortable");
            }
        }
    }

    /** Sortable properties stored under the given fields; unsorted unless {@link #byDefault} says otherwise. */
    public static SortAllowList of(Map<String, String> storedAt) {
        return new SortAllowList(storedAt, Sort.unsorted());
    }

    /** The same list, sorting a request without {@code sort} by these properties. */
    public SortAllowList byDefault(Sort.Direction direction, String... properties) {
        return new SortAllowList(storedAt, Sort.by(direction, properties));
    }

    /** The page as the query runs it: stored fields, the default order when none was asked, the id last. */
    public Pageable apply(Pageable requested) {
        Sort asked = requested.getSort().isSorted() ? requested.getSort() : defaultSort;
        List<Sort.Order> orders = new ArrayList<>();
        for (Sort.Order order : asked) {
            String field = storedAt.get(order.getProperty());
            if (field == null) {
                throw new InvalidParameterException("sort", "cannot sort by '" + order.getProperty() + "'; sort by one of "
                        + String.join(", ", storedAt.keySet()));
            }
            orders.add(order.withProperty(field));
        }
        if (orders.stream().noneMatch(order -> order.getProperty().equals(TIE_BREAKER))) {
            orders.add(Sort.Order.asc(TIE_BREAKER));
        }
        return PageRequest.of(requested.getPageNumber(), requested.getPageSize(), Sort.by(orders));
    }

    /** The sortable properties, for an operation's description. */
    public String properties() {
        return String.join(", ", storedAt.keySet());
    }
}
