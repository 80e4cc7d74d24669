package no.sammen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalIdMaskingTest {

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
}
