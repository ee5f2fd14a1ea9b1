/** Web types shared by the service's controllers. */
package org.estatecare.agreements.web;
