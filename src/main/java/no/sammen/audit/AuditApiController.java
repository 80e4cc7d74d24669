package no.sammen.audit;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.PageOf;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit log", description = "The append-only, hash-chained log of reads and changes of person-level "
        + "data. Administrators only; reading the log and verifying it are themselves logged.")
class AuditApiController {

    private final AuditService audit;

    AuditApiController(AuditService audit) {
        this.audit = audit;
    }

    @Operation(summary = "Entries of the log, newest first",
            description = "Dates are inclusive and read in Norwegian time (Europe/Oslo); times in the answer are "
                    + "UTC. Send upToSeq from the first page to page through a fixed set of entries.")
    @GetMapping
    PageOf<AuditEntry> list(@RequestParam(required = false) String actor,
            @Parameter(description = "the patient's pseudonym") @RequestParam(required = false) String patientKey,
            @RequestParam(required = false) AuditAction action, @RequestParam(required = false) String objectType,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long upToSeq, @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "at most " + AuditService.MAX_PAGE_SIZE)
            @RequestParam(defaultValue = "" + AuditService.DEFAULT_PAGE_SIZE) int size) {
        return audit.review(new AuditFilter(actor, patientKey, action, objectType, from, to, upToSeq), page, size);
    }

    @Operation(summary = "Verify the hash chain",
            description = "Walks the whole log in order. When it is broken, firstBrokenSeq names the first entry "
                    + "that does not hold and reason says how: missing (an entry is gone), link (it does not "
                    + "point to the entry before it) or hash (its content was changed).")
    @PostMapping("/verification")
    ChainVerification verify() {
        return audit.verifyAndRecord();
    }
}
