/** The service's enum codes with their Chinese labels ({@code /api/codes/agreements}). */
package org.estatecare.agreements.web;
