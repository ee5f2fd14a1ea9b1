/**
 * Assessment schemes (R-ASM-1): each street's method and reward, versioned and effective-dated,
 * approved by the district, with the district's default where a street has none.
 */
package org.estatecare.assessments.scheme;
