package no.sammen.conversation;

/** A number on the list of whom to call in a crisis plan; {@code name} is the unit's name for the unit. */
public record PhoneContact(ContactKind kind, String name, String number) {

    static final String PRIMARY_CARE_EMERGENCY_NUMBER = "116 117";
    static final String EMERGENCY_NUMBER = "113";
}
