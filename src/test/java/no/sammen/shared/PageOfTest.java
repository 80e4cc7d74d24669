package no.sammen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageOfTest {

    private static final List<Integer> SEVEN_PAGES = IntStream.range(0, 65).boxed().toList();

    @Test
    void aPagePastTheLastIsTheLastNotAnEmptyOne() {
        PageOf<Integer> page = PageOf.slice(SEVEN_PAGES, 9_999, 10);
        assertThat(page.page()).isEqualTo(6);
        assertThat(page.items()).containsExactly(60, 61, 62, 63, 64);
        assertThat(page.pastTheEnd()).isFalse();
        assertThat(page.hasNext()).isFalse();
        assertThat(PageOf.slice(SEVEN_PAGES, Integer.MAX_VALUE, 10).page()).isEqualTo(6);
        assertThat(PageOf.slice(SEVEN_PAGES, -3, 10).items()).startsWith(0);
    }

    @Test
    void aListPagedElsewhereSaysWhenItWasAskedForAPagePastTheEnd() {
        assertThat(new PageOf<>(List.of(), 9_999, 10, 65).pastTheEnd()).isTrue();
        assertThat(new PageOf<>(List.of(), 9_999, 10, 65).lastPage()).isEqualTo(6);
        assertThat(new PageOf<>(List.of(1), 6, 10, 65).pastTheEnd()).isFalse();
        // An empty list has one empty page; nothing is past its end.
        assertThat(new PageOf<>(List.of(), 3, 10, 0).pastTheEnd()).isFalse();
        assertThat(PageOf.slice(List.of(), 3, 10).page()).isZero();
    }
}
