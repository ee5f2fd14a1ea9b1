/**
 * What every interface of the service shares: its enum codes with their Chinese labels
 * ({@code /api/codes/agreements}) and what it accepts as dates, identifiers and text.
 */
package org.estatecare.agreements.web;
