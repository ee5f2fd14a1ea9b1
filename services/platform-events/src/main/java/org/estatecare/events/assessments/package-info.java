/**
 * Contracts of topic {@code assessments.v1}, produced by the assessments service, keyed by estate id
 * (all events of one estate stay in order); subject is the assessment, rectification order or survey id.
 * Grades are the fixed codes of {@link org.estatecare.events.codes.Grade}, by which the street office
 * allocates the district subsidy (R-SUB-2). No personal data travels here: a survey only in counts and shares.
 */
package org.estatecare.events.assessments;
