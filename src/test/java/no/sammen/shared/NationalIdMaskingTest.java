package no.sammen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NationalIdMaskingTest {

    /** A valid fødselsnummer (date and both check digits hold). */
    static final String ID = "07076230093";

    @Test
    void masksElevenDigitsStandingAlone() {
        assertThat(NationalIdMasking.mask("fnr 15038712486 here")).isEqualTo("fnr *********** here");
        assertThat(NationalIdMasking.mask("150387 12486")).isEqualTo("***********");
        assertThat(NationalIdMasking.mask("(15038712486)")).isEqualTo("(***********)");
        assertThat(NationalIdMasking.containsNationalIdLike("id=15038712486")).isTrue();
    }

    @Test
    void leavesOtherNumbersAndUuidsAlone() {
        String uuid = "5c0a0fc5-df92-4176-937a-c88099668131";
        assertThat(NationalIdMasking.mask(uuid)).isEqualTo(uuid);
        assertThat(NationalIdMasking.mask("5c0a0fc5-df92-4176-937a-880996681312")).endsWith("880996681312");
        assertThat(NationalIdMasking.mask("1503871248 and 150387124860")).isEqualTo("1503871248 and 150387124860");
        assertThat(NationalIdMasking.mask("phone 55 91 00 00")).isEqualTo("phone 55 91 00 00");
        assertThat(NationalIdMasking.mask(null)).isNull();
    }

    /** Each way of writing the valid id that used to pass the guard. */
    @ParameterizedTest
    @ValueSource(strings = {
        "070762-30093", "070762 - 30093", "07.07.62 300 93", "07.07.62.30093", "07/07/62 30093",
        "070762  30093", "070762\u00a030093", "07 07 62 30 093", "fnr07076230093x", "fnr:07076230093.",
        "\uff10\uff17\uff10\uff17\uff16\uff12\uff13\uff10\uff10\uff19\uff13",
        "\u0660\u0667\u0660\u0667\u0666\u0662\u0663\u0660\u0660\u0669\u0663",
        "070762\u201330093", "Kari (f.070762/30093) mor"})
    void findsAValidIdHoweverItIsWritten(String written) {
        assertThat(NationalIdMasking.containsNationalIdLike(written)).as(written).isTrue();
        String masked = NationalIdMasking.mask("før " + written + " etter");
        assertThat(masked).as(written).contains(NationalIdMasking.MASK).startsWith("før ").endsWith(" etter");
        assertThat(masked.codePoints().filter(Character::isDigit).count()).as(masked).isZero();
    }

    /** Phone numbers and other numbers that are not valid ids, with separators or glued, pass. */
    @ParameterizedTest
    @ValueSource(strings = {
        "+47 55 91 00 00", "0047 22 33 44 55", "tlf 55910000 / 99887766", "+47-412-34-567",
        "konto 1234.56.78903", "070762-30094", "fnr07076230094x", "12.03.2024 kl 14.30",
        "2024-03-12 og 2024-04-01", "Rom 101, 2. etg., tlf. 22 22 22 22"})
    void leavesNumbersThatAreNoValidIdAlone(String text) {
        assertThat(NationalIdMasking.containsNationalIdLike(text)).as(text).isFalse();
        assertThat(NationalIdMasking.mask(text)).isEqualTo(text);
    }

    @Test
    void anIdIsFoundBesideOtherNumbersOnlyOnGroupBoundaries() {
        assertThat(NationalIdMasking.mask("070762 30093 99887766")).isEqualTo("*********** 99887766");
        assertThat(NationalIdMasking.mask("tlf 99887766, fnr 07.07.62-30093")).isEqualTo("tlf 99887766, fnr ***********");
        // the id's digits inside a longer group are a different number
        assertThat(NationalIdMasking.containsNationalIdLike("9070762-30093")).isFalse();
    }

    /** Disguises of a valid id (150590-10023) that must not pass the guard. */
    @ParameterizedTest
    @ValueSource(strings = {
        "150590\u200b10023", "1505\u200d9010023", "150590\u00ad10023", "15059010023\u200e", "150590_10023",
        "15.05.1990 10023", "15-05-1990-10023", "15051990 10023", "1505199010023", "15O59O1OO23",
        "15o590 1oo23", "l5059Ol0023", "fnr 15.05.1990-10023."})
    void findsADisguisedValidId(String written) {
        assertThat(NationalIdMasking.containsNationalIdLike(written)).as(written).isTrue();
        String masked = NationalIdMasking.mask("før " + written + " etter");
        assertThat(masked).as(written).contains(NationalIdMasking.MASK).startsWith("før ").endsWith(" etter");
        assertThat(masked.replace(NationalIdMasking.MASK, "")).as(masked).doesNotContainPattern("[0-9]{2}");
    }

    /** Words with O, l and I, dates with a year and a phone number beside them are not ids. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Ola og Olle i Oslo 2024", "I 2024 Ble det 10 OK", "15.05.1990 kl 10.00", "15.05.1990 10024",
        "15.05.2090 10023", "+47 150 59 010", "Oppfølging 1O. mai", "lOOl"})
    void leavesLookalikesAlone(String text) {
        assertThat(NationalIdMasking.containsNationalIdLike(text)).as(text).isFalse();
        assertThat(NationalIdMasking.mask(text)).isEqualTo(text);
    }
}
