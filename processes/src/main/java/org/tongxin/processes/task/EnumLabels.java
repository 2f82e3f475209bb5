package org.tongxin.processes.task;

import java.util.Map;
import org.tongxin.engine.clue.ClueRoute;
import org.tongxin.engine.clue.DeclineGround;
import org.tongxin.engine.handling.ContactMethod;
import org.tongxin.engine.handling.OutcomeClass;
import org.tongxin.engine.handling.Satisfaction;
import org.tongxin.engine.proposal.NotFiledDisposition;
import org.tongxin.engine.proposal.NotFiledGround;

/** The UI's words for the domain's coded values, Chinese first. */
public final class EnumLabels {

    private static final Map<Enum<?>, Label> LABELS = Map.ofEntries(
            Map.entry(NotFiledGround.SECRETS, new Label("涉及国家秘密", "Involves state secrets")),
            Map.entry(NotFiledGround.PROHIBITED_BY_LAW, new Label("法律禁止", "Prohibited by law")),
            Map.entry(NotFiledGround.PARTY_INTERNAL_PERSONNEL, new Label("党政机关内部人事", "Internal personnel matters")),
            Map.entry(
                    NotFiledGround.PARTY_OR_GROUP_INTERNAL,
                    new Label("党派团体内部事务", "Internal affairs of a party or group")),
            Map.entry(NotFiledGround.IN_LITIGATION_OR_ARBITRATION, new Label("涉诉涉仲裁", "In litigation or arbitration")),
            Map.entry(NotFiledGround.ACADEMIC, new Label("学术探讨", "Academic discussion")),
            Map.entry(NotFiledGround.PERSONAL_MATTER, new Label("个人事务", "Personal matter")),
            Map.entry(NotFiledGround.PRODUCT_PROMOTION, new Label("宣传推介产品", "Product promotion")),
            Map.entry(NotFiledGround.NAMED_ACCUSATION, new Label("点名检举", "Named accusation")),
            Map.entry(NotFiledGround.EMPTY_CONTENT, new Label("内容空泛", "Empty content")),
            Map.entry(NotFiledDisposition.FORWARDED, new Label("转有关单位参考", "Forwarded")),
            Map.entry(NotFiledDisposition.KEPT_FOR_REFERENCE, new Label("留作参考", "Kept for reference")),
            Map.entry(ClueRoute.PUBLISH_FOR_ADOPTION, new Label("发布供委员认领", "Publish for members to adopt")),
            Map.entry(ClueRoute.CONSULTATION_TOPIC, new Label("转为协商议题", "Consultation topic")),
            Map.entry(ClueRoute.PUBLIC_OPINION_REPORT, new Label("转为社情民意信息", "Public-opinion report")),
            Map.entry(ClueRoute.DECLINE, new Label("不予采用", "Decline")),
            Map.entry(ClueRoute.MERGE, new Label("并入已有线索", "Merge into an earlier clue")),
            Map.entry(DeclineGround.PERSONAL_DISPUTE, new Label("个人纠纷", "Personal dispute")),
            Map.entry(DeclineGround.LITIGATION_OR_ARBITRATION, new Label("涉诉涉仲裁", "In litigation or arbitration")),
            Map.entry(DeclineGround.PETITION_LETTER_MATTER, new Label("信访事项", "Petition-letter matter")),
            Map.entry(DeclineGround.SECRET, new Label("涉密", "Secret")),
            Map.entry(DeclineGround.ADVERTISING, new Label("广告宣传", "Advertising")),
            Map.entry(DeclineGround.EMPTY_CONTENT, new Label("内容空泛", "Empty content")),
            Map.entry(ContactMethod.PHONE, new Label("电话", "Phone")),
            Map.entry(ContactMethod.VISIT, new Label("走访", "Visit")),
            Map.entry(ContactMethod.MEETING, new Label("座谈", "Meeting")),
            Map.entry(ContactMethod.MESSAGE, new Label("书面/信息", "Written message")),
            Map.entry(OutcomeClass.A, new Label("A类（已解决或采纳）", "A: solved or adopted")),
            Map.entry(OutcomeClass.B, new Label("B类（正在解决或列入计划）", "B: being solved or planned")),
            Map.entry(OutcomeClass.C, new Label("C类（条件限制，留作参考）", "C: later, conditions lacking")),
            Map.entry(OutcomeClass.D, new Label("D类（留作参考）", "D: for reference")),
            Map.entry(Satisfaction.SATISFIED, new Label("满意", "Satisfied")),
            Map.entry(Satisfaction.BASICALLY_SATISFIED, new Label("基本满意", "Basically satisfied")),
            Map.entry(Satisfaction.UNSATISFIED, new Label("不满意", "Unsatisfied")));

    private EnumLabels() {}

    public static Label of(Enum<?> value) {
        Label label = LABELS.get(value);
        return label != null ? label : new Label(value.name(), value.name());
    }
}
