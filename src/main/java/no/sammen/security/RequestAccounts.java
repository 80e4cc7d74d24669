package no.sammen.security;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The account of the acting user, read at most once per request and kept in a request attribute:
 * the security filters, the layout, the services and the audit log of one request all see the
 * same snapshot, and none of them needs a database connection of its own for it. Outside a request
 * (a start-up task) every call reads afresh.
 */
@Component
class RequestAccounts {

    private static final String ATTRIBUTE = RequestAccounts.class.getName() + ".account";

    private final AccountQueries queries;

    RequestAccounts(AccountQueries queries) {
        this.queries = queries;
    }

    private record Loaded(String username, Optional<AccountSnapshot> account) {
    }

    Optional<AccountSnapshot> byUsername(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Loaded loaded
                && loaded.username().equals(username)) {
            return loaded.account();
        }
        Optional<AccountSnapshot> account = queries.byUsername(username);
        remember(username, account);
        return account;
    }

    /** Keeps an account that was read some other way in this request, e.g. with its API token. */
    void remember(String username, Optional<AccountSnapshot> account) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, new Loaded(username, account), RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** Forgets the account of this request, after it was changed within it. */
    void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
