/**
 * Demo data for the local stack: Hedong District's 13 street offices with their communities and
 * about sixty estates in every lifecycle state, loaded once through the same domain commands as real
 * data (so histories and events are genuine). Enabled with {@code estatecare.demo-data.enabled}.
 */
package org.estatecare.registry.demo;
