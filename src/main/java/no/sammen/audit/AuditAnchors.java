package no.sammen.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes the chain's head outside the database (ADR 0012): one line per anchor, appended to a file
 * the database administrator does not control (when configured) and always to the log stream, under
 * the logger {@code no.sammen.audit.anchor}. Verification reads the file back: a chain that was cut
 * short or rewritten before an anchor no longer holds the anchored link.
 */
@Component
class AuditAnchors {

    private static final Logger ANCHOR_LOG = LoggerFactory.getLogger("no.sammen.audit.anchor");
    private static final Pattern LINE = Pattern.compile("^(\\S+) pos=(\\d+) mac=([0-9a-f]{64})$");

    /** One anchored head. */
    record Anchor(Instant at, long pos, String mac) {
    }

    private final Path file;
    private final Clock clock;
    private long lastAnchoredPos = -1;

    AuditAnchors(AuditProperties properties, Clock clock) {
        this.file = properties.anchor().file() == null || properties.anchor().file().toString().isBlank() ? null
                : properties.anchor().file();
        this.clock = clock;
    }

    boolean configured() {
        return file != null;
    }

    /**
     * Anchors the head unless it is the one anchored last by this instance. Returns the anchor, or
     * null when the head had not moved.
     */
    synchronized Anchor anchor(AuditChain.Head head, boolean evenIfUnchanged) {
        if (!evenIfUnchanged && head.lastPos() == lastAnchoredPos) {
            return null;
        }
        Anchor anchor = new Anchor(clock.instant(), head.lastPos(), head.lastMac());
        String line = anchor.at() + " pos=" + anchor.pos() + " mac=" + anchor.mac();
        if (file != null) {
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, line + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the audit anchor file " + file, e);
            }
        }
        ANCHOR_LOG.info("audit chain anchor {}", line);
        lastAnchoredPos = anchor.pos();
        return anchor;
    }

    /** The anchors in the file, oldest first; none when no file is configured or it does not exist yet. */
    List<Anchor> read() {
        List<Anchor> anchors = new ArrayList<>();
        if (file == null || !Files.exists(file)) {
            return anchors;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                Matcher m = LINE.matcher(line.strip());
                if (m.matches()) {
                    anchors.add(new Anchor(Instant.parse(m.group(1)), Long.parseLong(m.group(2)), m.group(3)));
                } else if (!line.isBlank()) {
                    // A line that is not an anchor cannot vouch for anything; it is not silently
                    // skipped either: it counts as an anchor that no link matches.
                    anchors.add(new Anchor(Instant.EPOCH, Long.MAX_VALUE, "unreadable"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchor file " + file, e);
        }
        return anchors;
    }
}
