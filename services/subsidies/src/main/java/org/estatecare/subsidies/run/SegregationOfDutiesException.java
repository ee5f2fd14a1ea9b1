package org.estatecare.subsidies.run;

import org.springframework.security.access.AccessDeniedException;

/** R-SUB-3: whoever computed or changed a run cannot approve it or record its payment (403). */
public class SegregationOfDutiesException extends AccessDeniedException {

    public SegregationOfDutiesException(String user, String step) {
        super(user + " computed or changed this run and cannot " + step + " it (segregation of duties)");
    }
}
