/**
 * Money in and out, per estate, agreement and quarter ({@link org.estatecare.agreements.report.FeeQuarter}):
 * the company's monthly fee collection, the quarterly publication of fee collection and use to residents
 * (R-AGR-4), and the quarterly report on the use of government subsidies to the community and the
 * management committee (R-AGR-3).
 */
package org.estatecare.agreements.report;
