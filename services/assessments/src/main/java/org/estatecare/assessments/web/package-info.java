/** What the service shows about itself as a whole over HTTP: its codes with their labels. */
package org.estatecare.assessments.web;
