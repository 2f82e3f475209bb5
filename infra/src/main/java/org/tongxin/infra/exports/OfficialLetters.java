package org.tongxin.infra.exports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongxin.infra.shared.ChinesePrint;

/**
 * The office's two letters about a case, set as official documents are (A4, Song face, red title rule, the body in
 * size 3 with two characters' first-line indent, the sender and the date in Chinese at the foot on the right): the
 * assignment notice (交办通知) that sends a proposal to its departments, and the reply-letter template (答复函) a
 * department fills in, prefilled with what the case already knows.
 */
@Component
class OfficialLetters {

    private static final Color RED = new Color(0xC8, 0x10, 0x2E);
    private static final Color RULE = new Color(0xD0, 0xD4, 0xDA);
    /** The body text: 三号 (16 pt), as GB/T 9704 sets it, at 28 pt leading. */
    private static final float BODY = 16;

    private static final float LEADING = 28;

    private final ChinesePrint print;

    OfficialLetters(
            @Value("${tongxin.pdf.font-regular:/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc}")
                    String regularFile,
            @Value("${tongxin.pdf.font-bold:/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc}") String boldFile) {
        this.print = new ChinesePrint(regularFile, boldFile);
    }

    /** What the assignment notice says about one proposal. */
    record Notice(
            String number,
            String title,
            String proposer,
            String category,
            String mode,
            List<String> leads,
            List<String> coHandlers,
            LocalDate assignedOn,
            LocalDate replyDue,
            LocalDate opinionDue,
            boolean keyProposal,
            boolean separate,
            LocalDate printedOn) {}

    /** What the reply-letter template is prefilled with. */
    record Reply(
            String number,
            String title,
            String proposer,
            String department,
            String role,
            List<String> coHandlers,
            LocalDate assignedOn,
            LocalDate replyDue,
            String outcome,
            String replyText,
            List<String> outcomes,
            LocalDate printedOn) {}

    byte[] assignmentNotice(Notice n) {
        return print.render("提案交办通知 " + n.number(), document -> {
            heading(document, "政协提案交办通知");
            document.add(centered(n.number() + "提案", false, 14, 24));
            rule(document);
            String answering = n.separate() ? "分办" : "主办";
            String to = String.join(
                    "、", n.leads().stream().map(d -> d + "（" + answering + "）").toList());
            if (!n.coHandlers().isEmpty()) {
                to += "、"
                        + String.join(
                                "、",
                                n.coHandlers().stream().map(d -> d + "（协办）").toList());
            }
            document.add(body(to + "：", false, 0));
            String body = "现将" + n.proposer() + "提出的《" + n.title() + "》（" + n.number() + "）交由你单位办理"
                    + (n.keyProposal() ? "，该提案为重点提案，请单位主要负责同志牵头办理" : "")
                    + (n.separate() ? "。请各承办单位分别认真研究，与提案人沟通后于" : "。请主办单位认真研究，与提案人沟通后于")
                    + Labels.chinese(n.replyDue())
                    + "前书面答复提案人，并将答复函抄送政协提案委员会";
            body += n.coHandlers().isEmpty() ? "。" : "；协办单位请于" + Labels.chinese(n.opinionDue()) + "前将协办意见送主办单位。";
            document.add(body(body, false, 2));
            document.add(body("对不属于本单位职责的，请于交办之日起五个工作日内说明理由申请退回，逾期视为接受交办。", false, 2));
            facts(
                    document,
                    List.of(
                            new String[] {"提案编号", n.number()},
                            new String[] {"提案标题", n.title()},
                            new String[] {"提案人", n.proposer()},
                            new String[] {"类别", n.category()},
                            new String[] {"办理方式", n.mode()},
                            new String[] {n.separate() ? "分办单位" : "主办单位", String.join("、", n.leads())},
                            new String[] {"协办单位", n.coHandlers().isEmpty() ? "无" : String.join("、", n.coHandlers())},
                            new String[] {"交办日期", Labels.chinese(n.assignedOn())},
                            new String[] {"答复期限", Labels.chinese(n.replyDue())}));
            signature(document, "政协提案委员会", n.printedOn());
        });
    }

    byte[] replyLetter(Reply r) {
        return print.render("提案答复函 " + r.number(), document -> {
            heading(document, r.department());
            document.add(centered("关于政协" + r.number() + "提案的答复函", true, 18, 32));
            rule(document);
            document.add(body(r.proposer() + "：", false, 0));
            String opening = "您提出的《" + r.title() + "》（" + r.number() + "）收悉。"
                    + ("CO".equals(r.role()) ? "" : "该提案由我单位" + r.role())
                    + (r.coHandlers().isEmpty() ? "" : "，" + String.join("、", r.coHandlers()) + "协办")
                    + "。我单位高度重视，经认真研究，现答复如下：";
            document.add(body(opening, false, 2));
            if (r.replyText() != null && !r.replyText().isBlank()) {
                for (String line : r.replyText().split("\\R+")) {
                    document.add(body(line.strip(), false, 2));
                }
            } else {
                document.add(body("一、基本情况：（请填写提案所提问题的现状）", false, 2));
                document.add(body("二、办理措施：（请填写已经和正在采取的措施）", false, 2));
                document.add(body("三、下一步工作：（请填写计划、时限和责任单位）", false, 2));
            }
            document.add(body("感谢您对我们工作的关心和支持，欢迎继续提出宝贵意见和建议。", false, 2));
            StringBuilder classes = new StringBuilder("办理结果：");
            for (String o : r.outcomes()) {
                classes.append(o.equals(r.outcome()) ? "■" : "□").append(o).append("　");
            }
            Paragraph outcome =
                    print.paragraph(classes.toString().strip(), print.font(false, 12), Element.ALIGN_LEFT, 22);
            outcome.setSpacingBefore(10);
            document.add(outcome);
            document.add(print.paragraph(
                    "交办日期：" + Labels.chinese(r.assignedOn()) + "　　答复期限：" + Labels.chinese(r.replyDue()),
                    print.font(false, 12),
                    Element.ALIGN_LEFT,
                    22));
            signature(document, r.department() + "（盖章）", null);
            Paragraph contact = print.paragraph("联系人：　　　　　　联系电话：", print.font(false, 12), Element.ALIGN_LEFT, 22);
            contact.setSpacingBefore(18);
            document.add(contact);
            document.add(print.paragraph("抄送：政协提案委员会", print.font(false, 12), Element.ALIGN_LEFT, 22));
        });
    }

    private void heading(Document document, String text) throws DocumentException {
        Paragraph title = print.paragraph(text, print.font(true, 24), Element.ALIGN_CENTER, 40);
        for (Object chunk : title.getChunks()) {
            ((Chunk) chunk).getFont().setColor(RED);
        }
        document.add(title);
    }

    private Paragraph centered(String text, boolean heavy, float size, float leading) {
        return print.paragraph(text, print.font(heavy, size), Element.ALIGN_CENTER, leading);
    }

    private void rule(Document document) throws DocumentException {
        document.add(new Chunk(new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -6)));
        Paragraph gap = new Paragraph(" ");
        gap.setLeading(14);
        document.add(gap);
    }

    /** A body paragraph: justified, the first line indented by {@code indent} characters. */
    private Paragraph body(String text, boolean heavy, int indent) {
        Paragraph p = print.paragraph(text, print.font(heavy, BODY), Element.ALIGN_JUSTIFIED, LEADING);
        p.setFirstLineIndent(indent * BODY);
        return p;
    }

    private void facts(Document document, List<String[]> rows) throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {1, 4});
        table.setWidthPercentage(100);
        table.setSpacingBefore(12);
        for (String[] row : rows) {
            table.addCell(cell(row[0], true));
            table.addCell(cell(row[1], false));
        }
        document.add(table);
    }

    private PdfPCell cell(String text, boolean heavy) {
        PdfPCell cell = new PdfPCell(print.paragraph(text, print.font(heavy, 11), Element.ALIGN_LEFT, 16));
        cell.setBorderColor(RULE);
        cell.setPaddingBottom(5);
        return cell;
    }

    /**
     * The sender and the day at the foot on the right, kept together on one page; a blank day (年　月　日) for a letter
     * still to be signed.
     */
    private void signature(Document document, String sender, LocalDate on) throws DocumentException {
        PdfPTable foot = new PdfPTable(1);
        foot.setWidthPercentage(100);
        foot.setSpacingBefore(20);
        foot.setKeepTogether(true);
        for (String line : List.of(sender, on == null ? "年　　月　　日" : Labels.chinese(on))) {
            PdfPCell cell = new PdfPCell(print.paragraph(line, print.font(false, BODY), Element.ALIGN_RIGHT, LEADING));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPaddingRight(32);
            foot.addCell(cell);
        }
        document.add(foot);
    }
}
