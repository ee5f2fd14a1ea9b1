/**
 * What the tests of every module share (scope test): {@link org.estatecare.testing.TestInfrastructure}
 * starts one broker, wire server, token issuer and Keycloak per test JVM with the local stack's own
 * starters; {@link org.estatecare.testing.TestHttp} calls over real HTTP; {@link org.estatecare.testing.EventTap}
 * reads a topic; {@link org.estatecare.testing.MutableClock} is moved instead of sleeping.
 */
package org.estatecare.testing;
