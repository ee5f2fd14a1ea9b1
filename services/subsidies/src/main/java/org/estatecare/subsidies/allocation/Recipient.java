package org.estatecare.subsidies.allocation;

import org.estatecare.events.ids.CompanyId;

/** One recipient of subsidy: a company by its id ({@code code}), or a district-named recipient by its code. */
public record Recipient(RecipientKind kind, String code) {

    public static Recipient company(String companyId) {
        return new Recipient(RecipientKind.COMPANY, companyId);
    }

    public static Recipient company(CompanyId companyId) {
        return company(companyId.value());
    }

    /** The company, for a company's line; empty for a named recipient. */
    public java.util.Optional<CompanyId> company() {
        return kind == RecipientKind.COMPANY ? java.util.Optional.of(CompanyId.of(code)) : java.util.Optional.empty();
    }

    public static Recipient named(String code) {
        return new Recipient(RecipientKind.DISTRICT_NAMED, code);
    }
}
