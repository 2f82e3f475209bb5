package org.tongxin.processes.studio;

import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/**
 * The first draft of a process nobody has deployed yet: an executable process under the chosen key and name with
 * one start event, drawn so the modeler shows it, and the history time to live every process must carry. The
 * designer builds the rest; it is checked and deployed like any other draft, under the same contract.
 */
public final class NewProcess {

    /** A process key: lower-case words joined by hyphens, as the product's own processes are keyed. */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public static final int KEY_MAX = 40;
    public static final int NAME_MAX = 100;

    /** Days a new process's history is kept, as the product's own processes keep theirs. */
    static final int HISTORY_DAYS = 365;

    private NewProcess() {}

    public static boolean validKey(String key) {
        return key != null && key.length() <= KEY_MAX && KEY.matcher(key).matches();
    }

    public static String xml(String key, String name) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key)
                .name(name)
                .camundaHistoryTimeToLive(HISTORY_DAYS)
                .startEvent("Start_Process")
                .name("开始 / Start")
                .done();
        // the builder draws at the canvas's corner, where the modeler's palette would cover it
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            Bounds bounds = shape.getBounds();
            bounds.setX(bounds.getX() + SHIFT_X);
            bounds.setY(bounds.getY() + SHIFT_Y);
        }
        return Bpmn.convertToString(model);
    }

    private static final double SHIFT_X = 200;
    private static final double SHIFT_Y = 100;
}
