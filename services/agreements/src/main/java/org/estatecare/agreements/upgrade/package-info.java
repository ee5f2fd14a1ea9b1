/**
 * Documents stored in an earlier shape, brought to today's once at start-up, before the service reads
 * or writes them: history lines in the platform's shape, and the reports kept before the quarter aggregate.
 */
package org.estatecare.agreements.upgrade;
