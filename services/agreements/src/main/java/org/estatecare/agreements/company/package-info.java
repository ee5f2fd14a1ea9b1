/** The registry of service companies: identity (unified social credit code), contacts and standing. */
package org.estatecare.agreements.company;
