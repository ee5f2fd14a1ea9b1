package org.estatecare.registry.estate;

import java.util.Objects;

import org.estatecare.kit.domain.Implements;

/**
 * Who recorded a takeover acceptance (R-TAKE-1): the municipal bureau's inspector, or a user of another
 * role recording it on the bureau's behalf, which the record then says ({@code onBehalfOf}).
 */
@Implements("R-TAKE-1")
public record Recorder(String actor, String role, String onBehalfOf) {

    public static final String MUNICIPAL_BUREAU = "municipal civil affairs bureau";

    public Recorder {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
    }

    /** The bureau's own inspector. */
    public static Recorder inspector(String actor) {
        return new Recorder(actor, "municipal-inspector", null);
    }

    /** A user of {@code role} recording the bureau's acceptance for it. */
    public static Recorder onBehalfOfTheBureau(String actor, String role) {
        return new Recorder(actor, role, MUNICIPAL_BUREAU);
    }
}
