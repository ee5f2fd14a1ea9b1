/**
 * Inspections (R-ASM-2, R-ASM-3): the residents' committee's daily checks, the street's monthly assessment and
 * the district's and the city's spot checks, each a checklist per basic service with the findings to be rectified.
 */
package org.estatecare.assessments.inspection;
