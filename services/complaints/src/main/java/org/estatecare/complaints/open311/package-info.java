/**
 * Open311 GeoReport v2 mapped onto complaints, so existing civic-request clients can file and track
 * them: discovery, services (one per category, with the estate as a required attribute), service
 * definitions, requests (POST, list, one), in JSON and XML.
 */
package org.estatecare.complaints.open311;
