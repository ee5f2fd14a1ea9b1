/**
 * The Java client of EstateCare's API for integrators (district departments' systems). One interface per
 * service ({@link org.estatecare.client.EstatesApi}, {@link org.estatecare.client.AgreementsApi},
 * {@link org.estatecare.client.ComplaintsApi}, {@link org.estatecare.client.AssessmentsApi},
 * {@link org.estatecare.client.SubsidiesApi}, {@link org.estatecare.client.WebhooksApi}), declared with Spring MVC annotations for Spring Cloud OpenFeign. A
 * Spring Boot application enables them with {@link org.estatecare.client.EnableEstateCareClient} and
 * {@code estatecare.client.*} properties; any other program calls {@link org.estatecare.client.EstateCare#connect}.
 * Either way every call carries a bearer token (OAuth2 client credentials against the realm), every POST an
 * {@code Idempotency-Key}, a 429 or 503 is retried after its {@code Retry-After}, and a refusal arrives as a
 * {@link org.estatecare.client.ProblemException} of its kind.
 */
package org.estatecare.client;
