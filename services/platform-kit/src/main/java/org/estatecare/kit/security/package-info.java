/**
 * Every service is an OAuth2 resource server: it validates each JWT itself (issuer, signature,
 * expiry, audience) and turns it into a typed {@link org.estatecare.kit.security.Caller} whose roles
 * and scope claims drive object-level authorization in the service's queries.
 */
package org.estatecare.kit.security;
