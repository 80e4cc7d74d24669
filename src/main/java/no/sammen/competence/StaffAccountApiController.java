package no.sammen.competence;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.organisation.OrganisationService;
import no.sammen.security.AccountDirectory;
import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/staff")
@Tag(name = "Staff accounts", description = "An administrator links a user account to the staff member it belongs "
        + "to (null: none); each change is audited.")
class StaffAccountApiController {

    private final OrganisationService organisation;
    private final AccountDirectory accounts;

    StaffAccountApiController(OrganisationService organisation, AccountDirectory accounts) {
        this.organisation = organisation;
        this.accounts = accounts;
    }

    record AccountRequest(UUID userId) {
    }

    @Operation(summary = "Link a user account to a staff member, or unlink it with a null userId")
    @PutMapping("/{staffId}/account")
    ResponseEntity<Void> link(@PathVariable UUID staffId, @RequestBody AccountRequest request) {
        if (request.userId() != null && !accounts.exists(request.userId())) {
            throw new InvalidInputException(FieldProblem.of("userId", "competence.accounts.unknown"));
        }
        organisation.linkAccount(staffId, request.userId());
        return ResponseEntity.noContent().build();
    }
}
