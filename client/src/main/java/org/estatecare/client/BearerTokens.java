package org.estatecare.client;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/** Every call carries the token source's current token ({@code Authorization: Bearer …}). */
public class BearerTokens implements RequestInterceptor {

    private final TokenSource tokens;

    public BearerTokens(TokenSource tokens) {
        this.tokens = tokens;
    }

    @Override
    public void apply(RequestTemplate template) {
        template.removeHeader("Authorization");
        template.header("Authorization", "Bearer " + tokens.token());
    }
}
