package no.sammen.groupprogramme;

import java.util.UUID;

/** One choice of a form's group of checkboxes or a select: an id and what the user reads. */
record Choice(UUID id, String label) {
}
