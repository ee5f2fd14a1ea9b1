/**
 * Mechanics that are the same in every EstateCare service, and nothing of any one domain: errors as
 * problem+json, idempotent POSTs, versions and ETags, the outbox and its relay, the consumer-side
 * sequence guard, JWT resource-server security with a typed caller, correlation ids and metrics.
 */
package org.estatecare.kit;
