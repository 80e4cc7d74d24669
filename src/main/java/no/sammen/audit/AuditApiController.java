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

    @Operation(summary = "Verify the keyed chain",
            description = "Links what is pending, then walks the whole chain in order and checks it against the "
                    + "heads anchored outside the database. broken names every break (at most "
                    + ChainVerification.MAX_NAMED + "; brokenCount counts them all), each with a reason: hash (an "
                    + "entry was changed), missing (an entry was deleted), link (a link was changed, removed or "
                    + "inserted), unlinked (an entry no link holds), head (the head does not match the last link), "
                    + "truncated (an anchor lies beyond the end of the chain) or anchor (the link at an anchor's "
                    + "position is not the one anchored). firstBrokenSeq and reason repeat the first break.")
    @PostMapping("/verification")
    ChainVerification verify() {
        return audit.verifyAndRecord();
    }

    /** The head as anchored. */
    record AnchorResult(long position) {
    }

    @Operation(summary = "Anchor the chain's head now",
            description = "Writes the chain's head (position and MAC) to the anchor file and the log stream, outside "
                    + "the database; it is also done at an interval. Returns the anchored position.")
    @PostMapping("/anchors")
    AnchorResult anchor() {
        return new AnchorResult(audit.anchorNow());
    }
}
