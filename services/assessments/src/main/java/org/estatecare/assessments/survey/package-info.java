/**
 * Residents' satisfaction surveys (R-ASM-4): the street office's campaign per estate and period, answered once per
 * household with a one-time code or on a paper form, closed into the satisfaction the period's score is made of.
 */
package org.estatecare.assessments.survey;
