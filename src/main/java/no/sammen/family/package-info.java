/**
 * Family and network: the patient's network map per course as the patient defines it (private and
 * public members, the closest relative), the patient's minor children, consent to share information
 * and its history, and the first contact with relatives. Network members are person data: reached
 * only through a course the user may see, and audit-logged like the patient's. Uses {@code patient},
 * {@code audit} and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family and network")
package no.sammen.family;
