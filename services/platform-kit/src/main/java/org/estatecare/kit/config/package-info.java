/** Wires the kit into a service: auto-configuration and default properties every service shares. */
package org.estatecare.kit.config;
