/**
 * The transactional outbox: aggregates keep recorded events in their own document; the relay
 * publishes them to Kafka with an idempotent producer, in order per aggregate, and removes them once
 * the broker has acknowledged. Kafka being down delays events, never loses them.
 */
package org.estatecare.kit.outbox;
