package no.sammen.security;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The accounts as aggregates, for the administrator's changes (inside a transaction). Reading who is
 * acting goes through {@link AccountQueries}, one statement on one connection.
 */
interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    boolean existsByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();
}
