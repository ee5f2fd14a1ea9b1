/** Which company serves which estate, and when: a projection fed only by {@code agreements.v1}. */
package org.estatecare.complaints.agreements;
