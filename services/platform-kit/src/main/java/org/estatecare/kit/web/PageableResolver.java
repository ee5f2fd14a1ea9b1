package org.estatecare.kit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads a list's {@code page}, {@code size} and {@code sort} into a {@link Pageable}, strictly: a page
 * is a whole number from 0, a size from 1 to {@code estatecare.web.max-page-size}, a sort
 * {@code property[,asc|desc]} (repeatable); anything else is 400, where Spring Data's own resolver
 * would quietly serve the first page. A parameter's {@link PageableDefault} gives its size and order when
 * the request names none. Which properties a list sorts by is the controller's {@link SortAllowList}.
 */
public class PageableResolver implements HandlerMethodArgumentResolver {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,10}");
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private final int defaultSize;
    private final int maxSize;

    public PageableResolver(int defaultSize, int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Pageable.class.equals(parameter.getParameterType());
    }

    @Override
    public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                    WebDataBinderFactory binders) {
        PageableDefault defaults = parameter.getParameterAnnotation(PageableDefault.class);
        int size = number(request, "size", defaults == null ? defaultSize : Math.min(defaults.size(), maxSize), 1, maxSize);
        // the page's first item must be one the store can skip to: page × size fits an int
        int page = number(request, "page", defaults == null ? 0 : defaults.page(), 0, Integer.MAX_VALUE / size - 1);
        Sort sort = sort(request.getParameterValues("sort"));
        if (sort.isUnsorted() && defaults != null && defaults.sort().length > 0) {
            sort = Sort.by(defaults.direction(), defaults.sort());
        }
        return PageRequest.of(page, size, sort);
    }

    private static int number(NativeWebRequest request, String name, int absent, int min, int max) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return absent;
        }
        if (values.length > 1) {
            throw new InvalidParameterException(name, "is given more than once");
        }
        String value = values[0];
        long number = NUMBER.matcher(value).matches() ? Long.parseLong(value) : -1;
        if (number < min || number > max) {
            throw new InvalidParameterException(name, "must be a whole number from " + min + " to " + max);
        }
        return (int) number;
    }

    /** {@code sort=name}, {@code sort=name,desc}, {@code sort=street,name,asc}; several {@code sort} in order. */
    static Sort sort(String[] values) {
        if (values == null) {
            return Sort.unsorted();
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String value : values) {
            List<String> parts = List.of(value.split(",", -1));
            String last = parts.get(parts.size() - 1).strip().toLowerCase(Locale.ROOT);
            boolean directed = parts.size() > 1 && (last.equals("asc") || last.equals("desc"));
            Sort.Direction direction = directed && last.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
            for (String property : directed ? parts.subList(0, parts.size() - 1) : parts) {
                if (!PROPERTY.matcher(property.strip()).matches()) {
                    throw new InvalidParameterException("sort", "must be property[,asc|desc]");
                }
                orders.add(new Sort.Order(direction, property.strip()));
            }
        }
        return Sort.by(orders);
    }
}
