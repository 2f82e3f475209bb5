package org.tongxin.projections.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseTextTest {

    @Test
    void segmentsChineseIntoWordsAndDropsFillerAndPunctuation() {
        assertThat(ChineseText.tokens("幸福路的路灯不亮了，建议尽快修复！"))
                .contains("幸福", "修复")
                .doesNotContain("的", "了", "建议", "，", "！");
    }

    /** smartcn keeps 路灯 whole in one context and splits it in another: why search keys on bigrams. */
    @Test
    void segmentationDependsOnContextSoSearchKeysOnBigrams() {
        assertThat(ChineseText.tokens("路灯 路灯 路灯")).containsExactly("路灯", "路灯", "路", "灯");
        assertThat(ChineseText.terms("路灯 路灯 路灯")).containsExactly("路灯", "路", "灯");
        assertThat(ChineseText.queryKeys("路灯")).containsExactly("路灯");
        assertThat(ChineseText.queryKeys("灯")).containsExactly("灯");
        assertThat(ChineseText.queryKeys("幸福路路灯")).containsExactly("幸福", "福路", "路路", "路灯");
        assertThat(ChineseText.searchKeys("幸福路的路灯不亮了，LED灯"))
                .contains("路灯", "灯", "幸福", "led")
                .doesNotContain("，");
        for (String query : new String[] {"路灯", "灯", "幸福路", "不亮", "led"}) {
            assertThat(ChineseText.searchKeys("幸福路的路灯不亮了，LED灯")).as(query).containsAll(ChineseText.queryKeys(query));
        }
    }

    /** The clue pool's index must never miss a text that contains the query: every substring is tried. */
    @Test
    void everySubstringOfATextFindsItByItsKeys() {
        for (String text : new String[] {
            "幸福路的路灯不亮了，LED灯3.14米高；TX-2026-000123号",
            "don't 停车 a_b ＡＢＣ全角 カタカナ 한국어 e-mail: x@y.cn 第12路公交",
            "（龙岗区）地铁出口共享单车乱停放！！ 100%"
        }) {
            List<String> keys = ChineseText.substringKeys(text);
            for (int from = 0; from < text.length(); from++) {
                for (int to = from + 1; to <= text.length(); to++) {
                    String query = text.substring(from, to);
                    assertThat(keys).as(query).containsAll(ChineseText.substringQueryKeys(query));
                }
            }
        }
    }

    @Test
    void oneAndTwoCharacterQueriesHaveAKeyOfTheirOwn() {
        assertThat(ChineseText.substringQueryKeys("灯")).containsExactly("灯");
        assertThat(ChineseText.substringQueryKeys("路灯")).containsExactly("路灯");
        assertThat(ChineseText.substringQueryKeys("幸福路")).containsExactly("幸福", "福路");
        assertThat(ChineseText.substringQueryKeys("E")).containsExactly("e");
        assertThat(ChineseText.substringQueryKeys("LED灯")).containsExactly("le", "ed", "灯");
        assertThat(ChineseText.substringQueryKeys("12路")).containsExactly("12", "路");
        assertThat(ChineseText.substringKeys("LED灯12路")).contains("l", "e", "d", "le", "ed", "灯", "1", "2", "12", "路");
        // no word in it: the pool checks such a query on the text alone
        assertThat(ChineseText.substringQueryKeys("，。！%")).isEmpty();
        assertThat(ChineseText.substringQueryKeys("  ")).isEmpty();
        assertThat(ChineseText.substringQueryKeys("路灯".repeat(100)))
                .hasSizeLessThanOrEqualTo(ChineseText.MAX_QUERY_KEYS);
    }

    @Test
    void aTextIsKeyedByItsCharactersAndTheirPairs() {
        assertThat(ChineseText.substringKeys(null)).isEmpty();
        assertThat(ChineseText.substringKeys("路灯")).containsExactlyInAnyOrder("路", "灯", "路灯");
    }

    /**
     * The keys in the order the stream-based version gave them (ADR 43 made the loops plain): a character beyond the
     * basic plane is one character of its own and of its pairs, and a control character (NUL) separates like a space.
     */
    @Test
    void keysKeepTheirOrderAcrossSupplementaryAndControlCharacters() {
        String text = "LED路灯\uD840\uDC00\u0000亮";
        assertThat(ChineseText.substringKeys(text))
                .containsExactly("l", "le", "e", "ed", "d", "路", "路灯", "灯", "灯\uD840\uDC00", "\uD840\uDC00", "亮");
        assertThat(ChineseText.searchKeys(text))
                .containsExactly("led", "路", "路灯", "灯", "灯\uD840\uDC00", "\uD840\uDC00", "亮");
        assertThat(ChineseText.tokens(text)).containsExactly("led", "路灯", "\uD840\uDC00", "亮");
    }

    @Test
    void hostileInputYieldsWordsOrNothingQuickly() {
        assertThat(ChineseText.tokens(null)).isEmpty();
        assertThat(ChineseText.tokens("\u0000\u0001\u001b[31m"))
                .allMatch(t -> t.chars().noneMatch(Character::isISOControl));
        assertThat(ChineseText.tokens("<script>alert(1)</script>路灯")).contains("script", "路", "灯");
        assertThat(ChineseText.tokens("\ud800孤立代理"))
                .allMatch(t -> t.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        String huge = "路灯坏了".repeat(25_000) + "没有标点的一段很长的文字".repeat(1_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(ChineseText.tokens(huge))
                .hasSizeLessThanOrEqualTo(ChineseText.MAX_TOKENS)
                .isNotEmpty());
    }
}
