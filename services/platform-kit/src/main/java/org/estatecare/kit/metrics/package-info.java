/** Business gauges computed from a service's own database, refreshed on a schedule. */
package org.estatecare.kit.metrics;
