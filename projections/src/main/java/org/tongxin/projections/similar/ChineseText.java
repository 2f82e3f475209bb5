package org.tongxin.projections.similar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one Chinese tokenisation of Tongxin: duplicate detection and search both index and query through it, so a word
 * found in one is found in the other. Lucene's {@link SmartChineseAnalyzer} segments Chinese into words with its
 * hidden-Markov model and built-in dictionary (and lower-cases and stems English); on top of its punctuation stop set
 * this drops the function words and the formulaic words every suggestion carries (建议, 问题, 希望...), which say
 * nothing about the matter. The analyser is thread-safe; input is cut to {@link #MAX_CHARS} so a hostile text costs
 * bounded time.
 *
 * <p>Search needs more than words: smartcn's segmentation depends on the context (it keeps 路灯 whole in one sentence
 * and splits it into 路 and 灯 in another), so a word index misses a query segmented otherwise than the text. Search
 * therefore keys on Lucene's CJK bigrams with unigrams ({@link #searchKeys}): every one- or two-character query has
 * its key, and a longer query needs all of its bigrams, whatever the segmentation.
 */
public final class ChineseText {

    /** A clue's title and its longest content, with room for a separator. */
    public static final int MAX_CHARS = 20_300;

    /** Tokens kept per text: enough for the longest proposal, a bound on what the index stores per item. */
    public static final int MAX_TOKENS = 4_000;

    private static final Set<String> FILLER = Set.of(
            "的", "了", "和", "与", "及", "或", "是", "在", "有", "对", "把", "被", "将", "从", "为", "以", "于", "等", "也", "都", "就",
            "又", "而", "并", "但", "很", "太", "更", "还", "这", "那", "此", "其", "之", "个", "些", "我", "你", "他", "她", "它", "我们",
            "你们", "他们", "大家", "一个", "一些", "这个", "那个", "这些", "那些", "这里", "那里", "没有", "不", "能", "会", "要", "让", "给", "到",
            "上", "下", "中", "里", "后", "前", "时", "着", "过", "吗", "呢", "吧", "啊", "建议", "问题", "希望", "请", "请求", "反映", "关于",
            "进一步", "相关", "有关", "部门", "尽快", "目前", "现在", "存在", "情况", "一直", "非常", "特别", "比较", "已经", "经常", "导致", "造成", "影响",
            "因为", "所以", "如果", "可以", "应该", "需要", "加强", "进行", "方面", "工作", "解决");

    private static final Analyzer ANALYZER =
            new SmartChineseAnalyzer(new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false));

    private static final Analyzer BIGRAMS = bigrams(true, StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH);
    private static final Analyzer QUERY_BIGRAMS = bigrams(false, StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH);
    // A longer run of letters would be cut into tokens and the pair across the cut never keyed: the substring keys
    // take a word as long as the longest text.
    private static final Analyzer SUBSTRING_BIGRAMS = bigrams(true, MAX_CHARS);
    private static final Analyzer SUBSTRING_QUERY_BIGRAMS = bigrams(false, MAX_CHARS);

    /**
     * Keys a substring query asks for at most: any subset of a query's keys is still met by every text containing it
     * (the exact check follows on the candidates), and a long query would otherwise cost one index lookup per key.
     */
    public static final int MAX_QUERY_KEYS = 16;

    private ChineseText() {}

    private static Analyzer bigrams(boolean unigrams, int maxTokenLength) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                source.setMaxTokenLength(maxTokenLength);
                TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
                return new TokenStreamComponents(
                        source,
                        new CJKBigramFilter(
                                stream,
                                CJKBigramFilter.HAN
                                        | CJKBigramFilter.HIRAGANA
                                        | CJKBigramFilter.KATAKANA
                                        | CJKBigramFilter.HANGUL,
                                unigrams));
            }
        };
    }

    /**
     * The distinct keys a text is found by: its single Chinese characters and each pair of neighbouring ones, and its
     * other words (Latin, digits) lower-cased.
     */
    public static List<String> searchKeys(String text) {
        return List.copyOf(new LinkedHashSet<>(analyse(BIGRAMS, text, Integer.MAX_VALUE)));
    }

    /**
     * The keys a search for {@code query} needs all of: its character pairs (a single character stands for itself)
     * and its other words. A text that contains the query has every one of them.
     */
    public static List<String> queryKeys(String query) {
        return List.copyOf(new LinkedHashSet<>(analyse(QUERY_BIGRAMS, query, Integer.MAX_VALUE)));
    }

    /**
     * The keys the clue pool finds {@code text} by, for any substring of it: each single character and each pair of
     * neighbouring characters within a word of the bigram analysis above — Chinese characters are their own words and
     * pair across each other, Latin words and numbers pair within themselves (lower-cased, full-width folded), so
     * {@code led} is found by {@code le} and {@code d} as well as {@code 路灯} by {@code 灯}.
     */
    public static List<String> substringKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        // Plain loops over the code points rather than streams: a replay runs this for every clue (ADR 43); the keys
        // and their order are the same.
        for (String token : analyse(SUBSTRING_BIGRAMS, text, Integer.MAX_VALUE)) {
            int length = token.length();
            for (int at = 0; at < length; ) {
                int next = at + Character.charCount(token.codePointAt(at));
                keep(keys, token.substring(at, next));
                if (next < length) {
                    keep(keys, token.substring(at, next + Character.charCount(token.codePointAt(next))));
                }
                at = next;
            }
        }
        return List.copyOf(keys);
    }

    /**
     * The keys every text containing {@code query} has among its {@link #substringKeys} (at most
     * {@link #MAX_QUERY_KEYS}): the pairs of neighbouring characters within each word of the query, a word of one
     * character standing for itself. None when the query has no letter or digit (punctuation only): such a query can
     * only be checked on the text itself.
     */
    public static List<String> substringQueryKeys(String query) {
        Set<String> keys = new LinkedHashSet<>();
        for (String token : analyse(SUBSTRING_QUERY_BIGRAMS, query, Integer.MAX_VALUE)) {
            int[] c = token.codePoints().toArray();
            if (c.length == 1) {
                keep(keys, token);
            }
            for (int i = 0; i + 1 < c.length; i++) {
                keep(keys, new String(c, i, 2));
            }
        }
        return keys.stream().limit(MAX_QUERY_KEYS).toList();
    }

    /** A key is kept only with a letter or digit in it, on both sides alike, so a query's keys stay a text's subset. */
    private static void keep(Set<String> keys, String key) {
        if (!keys.contains(key) && hasLetterOrDigit(key)) {
            keys.add(key);
        }
    }

    /** Whether a code point of {@code text} is a letter or digit. */
    private static boolean hasLetterOrDigit(String text) {
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            at += Character.charCount(c);
        }
        return false;
    }

    /** The words of {@code text} in order, repeats kept (term frequency counts them), filler and punctuation dropped. */
    public static List<String> tokens(String text) {
        List<String> words = analyse(ANALYZER, text, MAX_TOKENS);
        words.removeIf(word -> !meaningful(word));
        return Collections.unmodifiableList(words);
    }

    private static List<String> analyse(Analyzer analyzer, String text, int max) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        String bounded = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(clean(bounded)))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() < max) {
                String word = term.toString();
                if (hasLetterOrDigit(word)) {
                    tokens.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            // a StringReader does not fail; the analyser's API declares it for readers that do
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The distinct words of {@code text}, in order of first appearance: what a search or a candidate query asks for. */
    public static List<String> terms(String text) {
        return List.copyOf(new LinkedHashSet<>(tokens(text)));
    }

    /** Control characters (NUL among them) become spaces: they separate nothing the analyser should see. */
    private static String clean(String text) {
        StringBuilder out = null;
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            int next = at + Character.charCount(c);
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                if (out == null) {
                    // the first character to replace: copy what came before it; a text without any is used as it is
                    out = new StringBuilder(text.length()).append(text, 0, at);
                }
                out.append(' ');
            } else if (out != null) {
                out.append(text, at, next);
            }
            at = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean meaningful(String word) {
        if (word.isEmpty() || FILLER.contains(word)) {
            return false;
        }
        // Letters or digits must be in it: the analyser passes some symbols on as words of their own.
        return hasLetterOrDigit(word);
    }
}
