/**
 * The use of maintenance funds per estate (R-MAINT-1, R-MAINT-2): what was repaired, from which fund, for how much,
 * on whose approval and against which invoice; kept for the district's audit of public money (R-SUB-3).
 */
package org.estatecare.subsidies.maintenance;
