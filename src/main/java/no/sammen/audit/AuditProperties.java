package no.sammen.audit;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param hmacKey               the secret key of the chain's HMACs; kept outside the database, so that
 *                              someone who can write to the database cannot make a changed entry or
 *                              link look right. Changing it makes every existing entry fail verification
 * @param developmentKeyAllowed whether the key shipped for development may be used (never in production)
 * @param linkDelay             how long after a commit the new entries are linked into the chain, so
 *                              that entries of transactions committing close together are linked in one go
 * @param linkInterval          how often the chain is linked regardless, for entries of other instances
 * @param linkGrace             the longest a transaction may stay open after writing an entry; entries
 *                              not linked after it are reported by verification as unlinked
 * @param anchor                where and how often the chain's head is written outside the database
 */
@Validated
@ConfigurationProperties("sammen.audit")
record AuditProperties(@NotBlank @Size(min = 32) String hmacKey, boolean developmentKeyAllowed,
        @NotNull @DefaultValue("200ms") Duration linkDelay, @NotNull @DefaultValue("5s") Duration linkInterval,
        @NotNull @DefaultValue("1h") Duration linkGrace, @Valid @NotNull @DefaultValue Anchor anchor) {

    /**
     * @param file     an append-only file the head is written to; empty to write it to the log stream
     *                 only (then verification cannot check against anchors)
     * @param interval how often the head is anchored when it has moved
     */
    record Anchor(Path file, @NotNull @DefaultValue("5m") Duration interval) {
    }
}
