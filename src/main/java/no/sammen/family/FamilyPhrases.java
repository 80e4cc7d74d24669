package no.sammen.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.sammen.registration.NorwegianDates;
import no.sammen.shared.NationalIdMasking;
import no.sammen.shared.WrittenStandard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Journal phrases (fraser) for the family registrations, in bokmål or nynorsk whatever the language
 * of the user interface. Built from the structured data only; free text that goes in (names, staff,
 * scope) is masked for anything shaped like a national id. Other modules may use {@link
 * #relatives} and {@link #relation} to name relatives the same way in their own phrases.
 */
@Component
public class FamilyPhrases {

    private final MessageSource messages;

    FamilyPhrases(MessageSource messages) {
        this.messages = messages;
    }

    /** «Første kontakt med pårørende (mor) 12.03.2026 kl. 14.30 per telefon, ved NN.» */
    public String contact(RelativeContactView contact, List<NetworkMemberView> network, WrittenStandard standard) {
        // In the order of the network map, so that the same contact always reads the same.
        List<NetworkMemberView> contacted = network.stream().filter(m -> contact.memberIds().contains(m.id()))
                .toList();
        String kind = contact.first() ? "first" : "later";
        String date = NorwegianDates.DATE.format(contact.dateTime());
        String time = NorwegianDates.TIME.format(contact.dateTime());
        String channel = text("family.phrase.channel." + contact.channel(), standard);
        String staff = clean(contact.staffName());
        if (contacted.isEmpty()) {
            return text("family.phrase.contact." + kind + ".noMembers", standard, date, time, channel, staff);
        }
        return text("family.phrase.contact." + kind + ".members", standard, relatives(contacted, standard), date,
                time, channel, staff);
    }

    /** «Samtykke til informasjonsdeling med Kari (mor) gitt 12.03.2026.», partial and withdrawn alike. */
    public String consent(ConsentView consent, NetworkMemberView member, WrittenStandard standard) {
        String who = person(member, standard, false);
        String given = NorwegianDates.DATE.format(consent.givenOn());
        String text = switch (consent.status()) {
            case GIVEN -> text("family.phrase.consent.GIVEN", standard, who, given);
            case NOT_GIVEN -> text("family.phrase.consent.NOT_GIVEN", standard, who, given);
            case PARTIAL -> text("family.phrase.consent.PARTIAL", standard, who, given, clean(consent.scope()));
        };
        if (consent.withdrawn()) {
            text += " " + text("family.phrase.consent.withdrawn", standard, NorwegianDates.DATE.format(consent.withdrawnOn()));
        }
        return text;
    }

    /** The network map in a few sentences: private and public members, no network, minor children. */
    public String networkSummary(FamilyStateView state, List<NetworkMemberView> network, WrittenStandard standard) {
        List<String> sentences = new ArrayList<>();
        List<NetworkMemberView> privateMembers = network.stream().filter(m -> m.sphere() == Sphere.PRIVATE).toList();
        List<NetworkMemberView> publicMembers = network.stream().filter(m -> m.sphere() == Sphere.PUBLIC).toList();
        if (state.noNetwork()) {
            sentences.add(text("family.phrase.network.none", standard));
        } else {
            sentences.add(text("family.phrase.network.private", standard, members(privateMembers, standard)));
        }
        if (!state.noNetwork() || !publicMembers.isEmpty()) {
            sentences.add(text("family.phrase.network.public", standard, members(publicMembers, standard)));
        }
        sentences.add(children(state.children(), standard));
        return text("family.phrase.network.heading", standard) + " " + String.join(" ", sentences);
    }

    /** The patient's minor children as one or two sentences. */
    String children(MinorChildren children, WrittenStandard standard) {
        if (!children.asked()) {
            return text("family.phrase.children.notAsked", standard);
        }
        String asked = NorwegianDates.DATE.format(children.askedOn());
        if (!children.hasChildren()) {
            return text("family.phrase.children.none", standard, asked);
        }
        String amount = children.count() == 1 ? "one" : "some";
        String sentence = children.ages().isEmpty()
                ? text("family.phrase.children." + amount, standard, children.count(), asked)
                : text("family.phrase.children." + amount + ".ages", standard, children.count(),
                        join(children.ages().stream().map(String::valueOf).toList(), standard), asked);
        if (children.needsAddressed() != null) {
            sentence += " " + text("family.phrase.children.needs." + amount + "." + children.needsAddressed(),
                    standard);
        }
        return sentence;
    }

    /** Relatives by their relation to the patient: «mor og far», «mor, bror og venn». */
    public String relatives(Collection<NetworkMemberView> members, WrittenStandard standard) {
        return join(members.stream().map(m -> relation(m.relation(), standard)).toList(), standard);
    }

    /** A relation as a word in running text: «mor», «fastlege». */
    public String relation(Relation relation, WrittenStandard standard) {
        return text("family.phrase.relation." + relation, standard);
    }

    /** «Kari Nordmann (mor)», or only «mor» when the name says no more than the relation. */
    private String person(NetworkMemberView member, WrittenStandard standard, boolean withClosest) {
        String relation = relation(member.relation(), standard);
        String name = clean(member.name());
        String closest = withClosest && member.closestRelative()
                ? text("family.phrase.closestRelative", standard) : null;
        if (name == null || name.isBlank() || name.equalsIgnoreCase(relation)) {
            return closest == null ? relation : relation + " (" + closest + ")";
        }
        return name + " (" + relation + (closest == null ? "" : ", " + closest) + ")";
    }

    private String members(List<NetworkMemberView> members, WrittenStandard standard) {
        if (members.isEmpty()) {
            return text("family.phrase.network.noneRegistered", standard);
        }
        return String.join(", ", members.stream().map(m -> person(m, standard, true)).toList());
    }

    private String join(List<String> words, WrittenStandard standard) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + text("family.phrase.and", standard)
                + " " + words.get(words.size() - 1);
    }

    private String text(String key, WrittenStandard standard, Object... args) {
        return messages.getMessage(key, args, standard.locale());
    }

    private static String clean(String text) {
        return text == null ? null : NationalIdMasking.mask(text.strip());
    }
}
