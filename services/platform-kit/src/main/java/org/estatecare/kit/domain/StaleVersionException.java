package org.estatecare.kit.domain;

/** The caller changed a version other than the current one (HTTP 412): it must re-read first. */
public class StaleVersionException extends DomainException {

    public StaleVersionException(long expected, long current) {
        super("stale-version", "version " + expected + " is stale; current version is " + current, expected, current);
    }
}
