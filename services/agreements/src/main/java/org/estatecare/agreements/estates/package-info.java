/** What this service knows of estates: a projection fed only by {@code estates.v1}. */
package org.estatecare.agreements.estates;
