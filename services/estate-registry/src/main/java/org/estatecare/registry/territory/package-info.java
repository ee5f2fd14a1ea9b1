/**
 * The district's territory: its street offices and their communities (R-PRIN-1: every estate belongs
 * to one street office). Reference data that estates must point at.
 */
package org.estatecare.registry.territory;
