package org.estatecare.client;

import java.net.URI;
import java.util.List;

import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.openfeign.support.SpringMvcContract;

/**
 * The six APIs at one address (the gateway, or the ingress), for a program without a Spring context:
 * <pre>{@code
 * EstateCare api = EstateCare.connect(URI.create("https://estatecare.hedong.gov.cn"),
 *         TokenSource.clientCredentials(tokenEndpoint, "dept-housing", secret));
 * Page estates = api.estates().list("chunhua", null, "INCLUDED", 0, 20);
 * }</pre>
 * The interfaces are read with Spring Cloud OpenFeign's contract, exactly as in a Spring application
 * ({@link EnableEstateCareClient}), and use the same codec, error decoder, retryer and interceptors.
 */
public final class EstateCare {

    private final EstatesApi estates;
    private final AgreementsApi agreements;
    private final ComplaintsApi complaints;
    private final AssessmentsApi assessments;
    private final SubsidiesApi subsidies;
    private final WebhooksApi webhooks;

    private EstateCare(Feign.Builder feign, String base) {
        this.estates = feign.target(EstatesApi.class, base);
        this.agreements = feign.target(AgreementsApi.class, base);
        this.complaints = feign.target(ComplaintsApi.class, base);
        this.assessments = feign.target(AssessmentsApi.class, base);
        this.subsidies = feign.target(SubsidiesApi.class, base);
        this.webhooks = feign.target(WebhooksApi.class, base);
    }

    /** The APIs at {@code base} (no trailing slash needed), each call with a token from {@code tokens}. */
    public static EstateCare connect(URI base, TokenSource tokens) {
        String address = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return new EstateCare(feign(tokens), address);
    }

    static Feign.Builder feign(TokenSource tokens) {
        JsonCodec codec = new JsonCodec();
        return Feign.builder()
                .contract(new SpringMvcContract())
                .encoder(codec)
                .decoder(codec)
                .errorDecoder(new ProblemDecoder())
                .retryer(retryer())
                .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
                .options(new Request.Options(10, TimeUnit.SECONDS, 60, TimeUnit.SECONDS, true))
                .requestInterceptors(List.of(new BearerTokens(tokens), new IdempotencyKeys()));
    }

    /**
     * Up to {@value #ATTEMPTS} attempts: after a {@code Retry-After}, waiting what it says (at most a minute), else
     * backing off from 200 ms.
     */
    static Retryer retryer() {
        return new Retryer.Default(200, 60_000, ATTEMPTS);
    }

    static final int ATTEMPTS = 4;

    public EstatesApi estates() {
        return estates;
    }

    public AgreementsApi agreements() {
        return agreements;
    }

    public ComplaintsApi complaints() {
        return complaints;
    }

    public AssessmentsApi assessments() {
        return assessments;
    }

    public SubsidiesApi subsidies() {
        return subsidies;
    }

    public WebhooksApi webhooks() {
        return webhooks;
    }
}
