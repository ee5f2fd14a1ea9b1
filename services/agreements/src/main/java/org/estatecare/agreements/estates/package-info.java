/**
 * What this service knows of estates: the platform's effective-dated estate timeline, fed only by
 * {@code estates.v1} and asked "as of day D" (an exit or mode change dated later changes nothing before).
 */
package org.estatecare.agreements.estates;
