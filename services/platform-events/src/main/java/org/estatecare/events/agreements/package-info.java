/**
 * Contracts of topic {@code agreements.v1}, produced by the agreements service, keyed by estate id
 * (all events of one estate stay in order); subject is the agreement, publication or report id.
 * Money is CNY, decimal with two places. No personal data travels here.
 */
package org.estatecare.events.agreements;
