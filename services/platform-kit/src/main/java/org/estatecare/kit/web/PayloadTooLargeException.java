package org.estatecare.kit.web;

import java.io.IOException;

/** The request body exceeded {@code estatecare.web.max-payload-size}. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
