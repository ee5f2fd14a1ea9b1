package org.estatecare.kit.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * What every service's OpenAPI document says about itself: its title, and that every call needs a
 * token from the realm (OpenID Connect discovery), so Swagger UI's "Authorize" signs in with
 * authorization code + PKCE.
 */
public final class OpenApiDescription {

    public static final String SCHEME = "keycloak";

    private OpenApiDescription() {
    }

    public static OpenAPI of(String application, String issuer) {
        return new OpenAPI()
                .info(new Info().title("EstateCare " + application).version("v1")
                        .description("Errors are RFC 9457 problem+json; writes take Idempotency-Key; updates take If-Match."))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.OPENIDCONNECT)
                        .openIdConnectUrl(issuer + "/.well-known/openid-configuration")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
