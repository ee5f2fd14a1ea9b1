package org.estatecare.subsidies.run;

import java.util.Set;

/** The recipients an audit finding holds from the next disbursement (R-SUB-3), by recipient id. */
public interface Holds {

    Set<String> recipientsOnHold();
}
