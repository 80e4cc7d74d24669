package no.sammen.shareddecision;

/** What a shared decision decided; {@code OTHER} is named in the clinician's words. */
public enum DecisionQuestion {
    TREATMENT,
    MEDICATION_OR_NOT,
    CHOICE_OF_MEDICATION,
    TAPERING,
    MEDICATION_FREE_PATHWAY,
    OTHER
}
