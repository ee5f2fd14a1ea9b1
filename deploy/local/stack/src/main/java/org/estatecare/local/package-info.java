/**
 * The platform on one machine without Docker. {@link org.estatecare.local.Launcher} starts the
 * deployables of {@code deploy/deployables.yml} on their infrastructure for people; the tests start
 * the same {@link org.estatecare.local.LocalKafka}, {@link org.estatecare.local.LocalMongo},
 * {@link org.estatecare.local.DevTokenIssuer} and {@link org.estatecare.local.LocalKeycloak} through
 * the test-support module.
 */
package org.estatecare.local;
