/**
 * The codes more than one service shows, each with its one Chinese label for the whole platform: a
 * code reads the same in the registry, in agreements and in complaints. The English constant is the
 * code on the wire and in events; the label is what a person reads.
 */
package org.estatecare.events.codes;
