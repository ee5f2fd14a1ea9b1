/**
 * What domain code of every service builds on: the aggregate base that keeps its pending events in
 * its own document (one write, no transaction), and the domain errors the web layer turns into
 * problem+json.
 */
package org.estatecare.kit.domain;
