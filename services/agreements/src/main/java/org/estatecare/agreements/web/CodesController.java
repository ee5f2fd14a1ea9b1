package org.estatecare.agreements.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.agreements.agreement.AgreementStatus;
import org.estatecare.agreements.agreement.TerminationReason;
import org.estatecare.agreements.company.CompanyStatus;
import org.estatecare.events.codes.EstateClass;
import org.estatecare.agreements.fee.FeeBasis;
import org.estatecare.agreements.report.SpendingCategory;
import org.estatecare.events.codes.AgreedDuty;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.SigningParty;
import org.estatecare.kit.web.Coded;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "codes", description = "Enum codes of agreements with their Chinese labels")
@RestController
class CodesController {

    @Operation(summary = "Every code this service uses, with its label")
    @GetMapping("/api/codes/agreements")
    Map<String, List<Coded>> codes() {
        Map<String, List<Coded>> codes = new LinkedHashMap<>();
        codes.put("agreementStatus", Coded.all(AgreementStatus.class));
        codes.put("terminationReason", Coded.all(TerminationReason.class));
        codes.put("companyStatus", Coded.all(CompanyStatus.class));
        codes.put("estateClass", Coded.all(EstateClass.class));
        codes.put("feeBasis", Coded.all(FeeBasis.class));
        codes.put("spendingCategory", Coded.all(SpendingCategory.class));
        codes.put("basicService", Coded.all(BasicService.class));
        codes.put("agreedDuty", Coded.all(AgreedDuty.class));
        codes.put("signingParty", Coded.all(SigningParty.class));
        return codes;
    }
}
