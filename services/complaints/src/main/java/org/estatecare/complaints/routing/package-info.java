/**
 * Who handles a complaint first and where it goes when that fails: a routing table per district,
 * versioned, in configuration. Violations go to the service company and residents' committee to
 * dissuade first (R-CMP-2, R-CMP-3), then the street office (R-CMP-4), then the responsible
 * department; service quality goes to the company, then the street office; blocked fire lanes go
 * straight to the street office with a short deadline (R-CMP-5); an estate outside the scheme is
 * its street office's (R-ELIG-2).
 */
package org.estatecare.complaints.routing;
