package org.estatecare.agreements.web;

import java.util.OptionalLong;

import org.estatecare.kit.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Changes to agreements and companies need the current ETag: a blind write gets 428. */
public final class IfMatch {

    private IfMatch() {
    }

    public static OptionalLong required(String header) {
        if (header == null || header.isBlank()) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED, "If-Match is required");
        }
        return ETags.ifMatch(header);
    }
}
