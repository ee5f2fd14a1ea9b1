/**
 * The consuming side of events: a projection applies an event only if its sequence is newer than
 * what it holds (redelivery is harmless), and a poison event goes to {@code <topic>.dlt} after
 * bounded retries while the consumer keeps going.
 */
package org.estatecare.kit.inbox;
