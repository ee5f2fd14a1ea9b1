/** What the service shows about itself as a whole over HTTP: its codes with their labels, and that it speaks JSON. */
package org.estatecare.complaints.web;
