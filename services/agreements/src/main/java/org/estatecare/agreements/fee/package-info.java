/** The district's management fee standards (R-AGR-2), by estate class, effective-dated. */
package org.estatecare.agreements.fee;
