package no.sammen.shareddecision;

/**
 * The decision aid used: the national one for psychosis on helsenorge (a link, never a copy), or
 * another named in the clinician's words.
 */
public enum DecisionAid {
    HELSENORGE_PSYCHOSIS,
    OTHER;

    /** The national decision aid for psychosis, as seed 003 links to it. */
    public static final String HELSENORGE_PSYCHOSIS_LINK = "https://helsenorge.no/samvalg/verktoy/psykose/mitt-valg";
}
