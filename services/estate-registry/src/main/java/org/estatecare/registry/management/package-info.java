/**
 * How an estate is run: its management mode over time (R-MODE-1), its management committee or the
 * residents' committee acting for it (R-COMM-1), and its maintenance units (R-MAINT-1).
 */
package org.estatecare.registry.management;
