/**
 * Estates stored in an earlier shape, brought to today's once at start-up, before the service reads or
 * writes them: committee members' free-text capacities become capacity codes (R-COMM-1).
 */
package org.estatecare.registry.upgrade;
