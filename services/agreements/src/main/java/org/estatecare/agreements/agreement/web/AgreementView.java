package org.estatecare.agreements.agreement.web;

import java.time.LocalDate;
import java.util.List;

import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.agreement.Terms;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.web.Coded;

/** An agreement as the API shows it: the current terms, and every version of them. */
public record AgreementView(AgreementId id, long revision, EstateId estateId, String estateName, String street, String community,
                            Coded signingParty, CompanyId companyId, String companyName, LocalDate termStart, LocalDate termEnd,
                            Coded status, Terms currentTerms, List<Terms> versions, AgreementId renews, LocalDate signedOn,
                            String signedBy, LocalDate lastDay, String endReason, String endNote, List<Agreement.Flag> flags) {

    /** {@code currentTerms}: the version in force {@code today} (a later amendment waits in {@code versions}). */
    static AgreementView of(Agreement a, LocalDate today) {
        return new AgreementView(a.id(), a.revision(), a.estateId(), a.estateName(), a.street(), a.community(),
                Coded.of(a.signingParty()), a.companyId(), a.companyName(), a.termStart(),
                a.termEnd(), Coded.of(a.status()), a.termsOn(today), a.versions(),
                a.renews().orElse(null), a.signedOn().orElse(null), a.signedBy().orElse(null), a.lastDay().orElse(null),
                a.endReason().orElse(null), a.endNote().orElse(null), a.flags());
    }
}
