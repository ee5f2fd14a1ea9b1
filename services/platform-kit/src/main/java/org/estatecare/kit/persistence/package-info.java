/** Storing aggregates: scoped reads and the load–decide–save loop with optimistic locking. */
package org.estatecare.kit.persistence;
