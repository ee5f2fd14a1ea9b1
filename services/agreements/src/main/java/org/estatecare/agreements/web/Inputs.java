package org.estatecare.agreements.web;

/**
 * What this service's API accepts in text: the patterns its request records and parameters share, so
 * an identifier, a name or a note means the same thing on every interface.
 */
public final class Inputs {

    /** An identifier (estate, company, agreement, street, community): letters, digits and {@code - _ . :}, at most 64. */
    public static final String ID = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$";
    /** A service company's id, as its users carry it in their {@code company_id} claim: an identifier of at most 40. */
    public static final String COMPANY_ID = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,39}$";
    /** The id of a company being registered: lower-case letters, digits and hyphens, 2 to 40. */
    public static final String NEW_COMPANY_ID = "^[a-z0-9][a-z0-9-]{1,39}$";
    /**
     * A name or a one-line text: no control characters at all, not even the tab or line break a longer text
     * may hold (every other control character in any JSON text is refused by the kit's {@code StrictText}).
     */
    public static final String LINE = "^[^\\p{Cc}]*$";
    /** A month, {@code 2026-03}, from 1949 to 2100. */
    public static final String MONTH = "^(19(49|[5-9]\\d)|20\\d\\d|2100)-(0[1-9]|1[0-2])$";
    /** A quarter, {@code 2026-Q1}, from 1949 to 2100. */
    public static final String QUARTER = "^(19(49|[5-9]\\d)|20\\d\\d|2100)-Q[1-4]$";

    private Inputs() {
    }
}
