package org.estatecare.agreements.agreement;

import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/** What a list of agreements is narrowed to; {@code null} means "any". */
public record AgreementFilter(EstateId estate, String street, String community, CompanyId company, AgreementStatus status) {
}
