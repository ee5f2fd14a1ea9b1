package org.estatecare.client;

import feign.Contract;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.Decoder;
import feign.codec.Encoder;
import feign.codec.ErrorDecoder;
import org.springframework.cloud.openfeign.support.SpringMvcContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The Feign setup of each EstateCare client in a Spring application (the {@code configuration} of their
 * {@code @FeignClient}): the same codec, error decoder, retryer and interceptors as {@link EstateCare#connect}, the
 * token from the application's {@link TokenSource}. Not a component: Spring Cloud OpenFeign builds it per client, beside
 * its own defaults, which these take precedence over.
 */
public class EstateCareFeignConfiguration {

    @Bean
    @Primary
    Contract estatecareContract() {
        return new SpringMvcContract();
    }

    @Bean
    @Primary
    Encoder estatecareEncoder() {
        return new JsonCodec()::encode;
    }

    @Bean
    @Primary
    Decoder estatecareDecoder() {
        return new JsonCodec()::decode;
    }

    @Bean
    @Primary
    ErrorDecoder estatecareErrors() {
        return new ProblemDecoder();
    }

    @Bean
    @Primary
    Retryer estatecareRetryer() {
        return EstateCare.retryer();
    }

    @Bean
    RequestInterceptor estatecareBearer(TokenSource tokens) {
        return new BearerTokens(tokens);
    }

    @Bean
    RequestInterceptor estatecareIdempotency() {
        return new IdempotencyKeys();
    }

    /** Retries spent, the caller gets the typed problem, not Feign's wrapper. */
    @Bean
    @Primary
    Feign.Builder estatecareFeignBuilder(Retryer retryer) {
        return Feign.builder().retryer(retryer).exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP);
    }
}
