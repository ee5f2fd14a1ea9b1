/**
 * The platform on one machine without Docker. {@link org.estatecare.local.Launcher} starts it for
 * people; integration tests start the same {@link org.estatecare.local.LocalKafka},
 * {@link org.estatecare.local.LocalMongo} and {@link org.estatecare.local.DevTokenIssuer}.
 */
package org.estatecare.local;
