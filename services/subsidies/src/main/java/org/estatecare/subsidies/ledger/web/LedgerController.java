package org.estatecare.subsidies.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.PageView;
import org.estatecare.subsidies.ledger.Ledger;
import org.estatecare.subsidies.ledger.LedgerEntry;
import org.estatecare.subsidies.run.RunService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subsidy ledger (R-SUB-3): every street's approval and payment of every run, hash-chained; the verification walks
 * the whole chain and names the first entry that breaks it.
 */
@Tag(name = "subsidy ledger", description = "The append-only, hash-chained ledger of approvals and payments")
@RestController
@RequestMapping("/api/subsidy-ledger")
class LedgerController {

    private final LedgerReader reader;

    LedgerController(LedgerReader reader) {
        this.reader = reader;
    }

    @Operation(summary = "Read entries", description = "Oldest first, paged (page, size at most 200).")
    @GetMapping
    PageView<LedgerEntry> entries(@ParameterObject Pageable page, Caller caller) {
        return PageView.of(reader.entries(page, caller), entry -> entry);
    }

    @Operation(summary = "Verify the chain", description = "intact, or the sequence of the first broken entry and why.")
    @GetMapping("/verification")
    Ledger.Verification verify(Caller caller) {
        return reader.verify(caller);
    }

    /** Who reads the ledger: the district, auditors, finance and the city's inspectors. */
    @Component
    static class LedgerReader {

        private static final String READERS = "hasAnyRole('district-admin', 'municipal-inspector', 'auditor', 'finance-officer')";

        private final Ledger ledger;
        private final RunService runs;

        LedgerReader(Ledger ledger, RunService runs) {
            this.ledger = ledger;
            this.runs = runs;
        }

        @PreAuthorize(READERS)
        public Page<LedgerEntry> entries(Pageable page, Caller caller) {
            return ledger.page(page);
        }

        @PreAuthorize(READERS)
        public Ledger.Verification verify(Caller caller) {
            return ledger.verify(runs::linesDigest);
        }
    }
}
