package org.tongxin.infra.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two letters open as PDF and say, in Chinese text a reader can find, what the case knows. */
class OfficialLettersTest {

    private final OfficialLetters letters = new OfficialLetters(
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc");

    private static final List<String> OUTCOMES = List.of("A类（已解决或基本解决）", "B类（正在解决或列入计划）", "C类（因条件限制暂不能解决）", "D类（留作参考）");

    @Test
    void theAssignmentNoticeNamesTheProposalItsDepartmentsAndTheDaysInChinese() throws IOException {
        byte[] pdf = letters.assignmentNotice(new OfficialLetters.Notice(
                "第2026-0042号",
                "关于地铁站出口共享单车治理的提案",
                "王委员",
                "城乡建设",
                "主办+协办",
                List.of("交通运输局"),
                List.of("教育局"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 3, 23),
                true,
                false,
                LocalDate.of(2026, 3, 2)));

        String text = text(pdf);
        assertThat(text)
                .contains("政协提案交办通知")
                .contains("交通运输局（主办）、教育局（协办）：")
                .contains("现将王委员提出的《关于地铁站出口共享单车治理的提案》（第2026-0042号）交由你单位办理")
                .contains("重点提案")
                .contains("于2026年6月1日前书面答复提案人")
                .contains("协办单位请于2026年3月23日前将协办意见送主办单位")
                .contains("答复期限2026年6月1日")
                .contains("政协提案委员会2026年3月2日");
    }

    @Test
    void aSeparatelyHandledProposalIsSentToEachDepartmentAsItsOwn() throws IOException {
        String text = text(letters.assignmentNotice(new OfficialLetters.Notice(
                "第2026-0001号",
                "关于缓解学校周边上下学交通拥堵的提案",
                "王委员",
                "交通出行",
                "分办",
                List.of("教育局", "交通运输局"),
                List.of(),
                LocalDate.of(2026, 11, 30),
                LocalDate.of(2027, 3, 1),
                null,
                false,
                true,
                LocalDate.of(2026, 11, 30))));
        assertThat(text)
                .contains("教育局（分办）、交通运输局（分办）：")
                .contains("请各承办单位分别认真研究")
                .contains("分办单位教育局、交通运输局")
                .doesNotContain("主办")
                .doesNotContain("协办单位请于");
    }

    @Test
    void theReplyLetterTemplateIsPrefilledAndLeavesTheAnswerToTheDepartment() throws IOException {
        String blank = text(letters.replyLetter(new OfficialLetters.Reply(
                "第2026-0042号",
                "关于地铁站出口共享单车治理的提案",
                "王委员",
                "交通运输局",
                "主办",
                List.of("教育局"),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 1),
                null,
                null,
                OUTCOMES,
                LocalDate.of(2026, 3, 2))));
        assertThat(blank)
                .contains("关于政协第2026-0042号提案的答复函")
                .contains("王委员：")
                .contains("该提案由我单位主办，教育局协办")
                .contains("二、办理措施")
                .contains("□A类（已解决或基本解决）□B类")
                .contains("答复期限：2026年6月1日")
                .contains("交通运输局（盖章）年月日")
                .doesNotContain("■");

        String replied = text(letters.replyLetter(new OfficialLetters.Reply(
                "第2026-0042号",
                "关于地铁站出口共享单车治理的提案",
                "王委员",
                "交通运输局",
                "主办",
                List.of(),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 1),
                OUTCOMES.get(0),
                "已在地铁站出口设置共享单车禁停区。",
                OUTCOMES,
                LocalDate.of(2026, 3, 2))));
        assertThat(replied)
                .contains("已在地铁站出口设置共享单车禁停区。")
                .contains("■A类（已解决或基本解决）□B类")
                .doesNotContain("办理措施：（请填写");
    }

    /** The text of every page, without the spaces and line breaks the layout put in. */
    static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        return text.toString().replaceAll("[\\s\\u3000]", "");
    }
}
