/**
 * How every service uses Kafka beyond sending and receiving: the topics it publishes on, consumes and
 * dead-letters into are declared with partitions and replication factor from configuration (brokers
 * run without automatic topic creation), and its consumers retry a bounded number of times.
 */
package org.estatecare.kit.kafka;
