/**
 * The Hedong demo district, loaded by the launcher once the platform is up, through the gateway's public
 * API with a token of the realm's demo client: the production jars carry no demo code.
 */
package org.estatecare.local.demo;
