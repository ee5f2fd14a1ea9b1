package org.estatecare.kit.web;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.estatecare.kit.domain.Aggregate;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An aggregate's revision as a strong ETag ({@code "7"}), and {@code If-Match} read back. */
public final class ETags {

    private static final Pattern TAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

    private ETags() {
    }

    public static String of(long revision) {
        return "\"" + revision + "\"";
    }

    /**
     * As {@link #ifMatch}, for changes that must name the version they change: no header is 428, answered
     * when the change reaches the aggregate, after the caller's right to make it and the aggregate's
     * existence are settled ({@link Aggregate#REVISION_REQUIRED}).
     */
    public static OptionalLong ifMatchRequired(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.of(Aggregate.REVISION_REQUIRED);
        }
        return ifMatch(header);
    }

    /**
     * The revision an {@code If-Match} header names; empty when absent or {@code *}. A header that is not
     * one entity tag holding a revision ({@code "7"}, or weak {@code W/"7"} as proxies may rewrite it)
     * is a bad request, said so, rather than a stale version the caller would re-read in vain.
     */
    public static OptionalLong ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher m = TAG.matcher(header.trim());
        if (!m.matches()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "If-Match must be the ETag of the version being changed, for example \"7\"");
        }
        return OptionalLong.of(Long.parseLong(m.group(1)));
    }
}
