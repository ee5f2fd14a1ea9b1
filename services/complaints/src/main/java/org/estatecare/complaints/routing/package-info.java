/**
 * Who handles a complaint first and where it goes when that fails: a routing table per district,
 * versioned, in configuration, each step with deadlines in working days or clock hours ({@link
 * org.estatecare.complaints.routing.Deadline}). Violations go to the service company, which informs the
 * residents' committee at once (R-CMP-2), then to the committee to dissuade (R-CMP-3), then the street
 * office (R-CMP-4), then the responsible department; service quality goes to the company, then the street
 * office; blocked fire lanes go straight to the street office, within hours (R-CMP-5); petitions by letter
 * or visit start at the street office (R-CMP-1); an estate outside the scheme is its street office's
 * (R-ELIG-2), and one that no company serves on the filing day skips the company step.
 */
package org.estatecare.complaints.routing;
