package org.estatecare.assessments.estates;

import org.estatecare.kit.inbox.InboundEvent;

/**
 * Something in this service that learns from {@code agreements.v1} besides who serves which estate
 * (reports due and made). The topic has one listener, which hands every event to each handler in turn.
 */
public interface AgreementEventHandler {

    void on(InboundEvent event);
}
