/** Counts for dashboards: estates by street and status, within the caller's scope. */
package org.estatecare.registry.statistics;
