package no.sammen.security;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API tokens", description = "Short-lived bearer tokens: authenticate once with HTTP Basic, then send "
        + "'Authorization: Bearer <token>' on every call until the token expires or is revoked.")
class ApiTokenApiController {

    private final ApiTokenService tokens;
    private final RequestAccounts accounts;

    ApiTokenApiController(ApiTokenService tokens, RequestAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** The token's answer: {@code expiresAt} an ISO-8601 instant (UTC), {@code expiresIn} in seconds. */
    record TokenResponse(String token, String tokenType, String expiresAt, long expiresIn) {

        @Override
        public String toString() {
            return "TokenResponse[token=***, expiresAt=" + expiresAt + "]";
        }
    }

    @Operation(summary = "Issue a bearer token for yourself; authenticate this call with HTTP Basic",
            description = "The token is shown once; only its hash is stored. It stops working when it expires, "
                    + "when it is revoked, and when an administrator changes or disables your account.")
    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenResponse> issue() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        AccountSnapshot account = accounts.byUsername(authentication.getName())
                .orElseThrow(() -> new IllegalStateException("An authenticated caller without an account"));
        ApiTokenService.IssuedToken issued = tokens.issue(account);
        return ResponseEntity.created(URI.create("/api/v1/tokens/current"))
                .cacheControl(CacheControl.noStore())
                .header("Pragma", "no-cache")
                .body(new TokenResponse(issued.token(), "Bearer", issued.expiresAt().toString(),
                        issued.expiresInSeconds()));
    }

    @Operation(summary = "Revoke the bearer token this call is authenticated with",
            description = "204 when revoked; 404 when the call was not made with a bearer token.")
    @DeleteMapping("/current")
    ResponseEntity<Void> revoke() {
        if (!(SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token)) {
            throw new NotFoundException("api_token");
        }
        AccountSnapshot account = accounts.byUsername(token.getName())
                .orElseThrow(() -> new IllegalStateException("A token without an account"));
        tokens.revoke(new ApiTokenService.VerifiedToken(token.tokenHash(), account));
        return ResponseEntity.noContent().build();
    }
}
