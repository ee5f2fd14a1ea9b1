/**
 * The webhooks service: {@code subscription} (who wants which events where, with what secrets), {@code events} (the
 * events learnt from the topics, kept for replay), {@code delivery} (signed, ordered, retried, logged deliveries) and
 * {@code destination} (only public addresses are called).
 */
package org.estatecare.webhooks;
