/**
 * Event contracts shared by the services: what travels on Kafka, named, versioned and described by a
 * JSON Schema each. Producers and consumers both depend on this module and on nothing of each other.
 */
package org.estatecare.events;
