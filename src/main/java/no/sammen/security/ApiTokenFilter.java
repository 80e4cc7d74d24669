package no.sammen.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}: one indexed read finds
 * the token and its account, which then serves the whole request (no BCrypt, no second read). A
 * token that is unknown, expired, revoked, or whose account was disabled or changed gets 401 with
 * {@code error="invalid_token"}. Calls without a bearer token pass on to HTTP Basic.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final RequestAccounts accounts;
    private final MessageSource messages;

    ApiTokenFilter(ApiTokenService tokens, RequestAccounts accounts, MessageSource messages) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenService.VerifiedToken> verified = tokens.verify(header.substring(BEARER.length()).strip());
        if (verified.isEmpty()) {
            SecurityContextHolder.clearContext();
            ApiProblems.unauthorized(request, response, messages, ApiProblems.INVALID_TOKEN_CHALLENGE);
            return;
        }
        AccountSnapshot account = verified.get().account();
        accounts.remember(account.username(), Optional.of(account));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(account.id(), account.username(),
                verified.get().tokenHash(),
                AuthorityUtils.createAuthorityList(account.roles().stream().map(r -> "ROLE_" + r.name()).toList())));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
