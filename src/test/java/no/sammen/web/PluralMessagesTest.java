package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The counts on the PEF and IMR boards are in the plural form their number asks for, in each language:
 * "1 familie", "2 familier", never "1 familier".
 */
class PluralMessagesTest {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");
    private static final Locale NYNORSK = Locale.forLanguageTag("nn");

    private final ResourceBundleMessageSource messages = messages();

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private String say(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    @Test
    void thePefBoardsFamiliesAndSessionsAreCountedInTheirPluralForms() {
        assertThat(say("pef.board.card.families", BOKMAAL, 0)).isEqualTo("ingen familier");
        assertThat(say("pef.board.card.families", BOKMAAL, 1)).isEqualTo("1 familie");
        assertThat(say("pef.board.card.families", BOKMAAL, 2)).isEqualTo("2 familier");
        assertThat(say("pef.board.card.held", BOKMAAL, 1)).isEqualTo("1 samling holdt");
        assertThat(say("pef.board.card.held", BOKMAAL, 12)).isEqualTo("12 samlinger holdt");
        assertThat(say("pef.board.card.families", NYNORSK, 1)).isEqualTo("1 familie");
        assertThat(say("pef.board.card.families", NYNORSK, 3)).isEqualTo("3 familiar");
        assertThat(say("pef.board.card.held", NYNORSK, 1)).isEqualTo("1 samling halden");
        assertThat(say("pef.board.card.families", Locale.ENGLISH, 1)).isEqualTo("1 family");
        assertThat(say("pef.board.card.held", Locale.ENGLISH, 2)).isEqualTo("2 sessions held");
    }

    @Test
    void theImrBoardsGoalAndChartMonthsAreCountedInTheirPluralForms() {
        assertThat(say("imr.board.goal.ofSessions", BOKMAAL, 1)).isEqualTo("av 1 sesjon");
        assertThat(say("imr.board.goal.ofSessions", BOKMAAL, 200)).isEqualTo("av 200 sesjoner");
        assertThat(say("imr.board.goal.ofSessions", NYNORSK, 200)).isEqualTo("av 200 sesjonar");
        assertThat(say("imr.board.goal.ofSessions", Locale.ENGLISH, 1)).isEqualTo("of 1 session");
        assertThat(say("imr.board.chart.descriptionMonths", BOKMAAL, 1, "2", "x")).startsWith("Serieplott over 1 måned;");
        assertThat(say("imr.board.chart.descriptionMonths", NYNORSK, 5, "2", "x")).startsWith("Serieplott over 5 månader;");
        assertThat(say("imr.board.chart.descriptionMonths", Locale.ENGLISH, 1, "2", "x")).startsWith("Run chart over 1 month;");
    }
}
