/** What the registry's API serves beside its capabilities: the codes it uses, with their labels. */
package org.estatecare.registry.web;
