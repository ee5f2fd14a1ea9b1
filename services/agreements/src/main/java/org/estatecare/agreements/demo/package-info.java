/** Demo data for the local stack: companies, fee standards and agreements for the demo district's estates. */
package org.estatecare.agreements.demo;
