package org.tongxin.processes.studio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What differs between two BPMN documents, element by element: a flow element (task, event, gateway, flow, sub-process)
 * is the same when its id is; it changed when its attributes or its own content (timer, loop, listeners, condition)
 * did. Where an element sits on the drawing is not a change, so only the process part is compared, not the layout.
 */
public final class VersionDiff {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /** Ids of elements added, removed and changed, each with the element's name as the newer document writes it. */
    public record Changes(Map<String, String> added, Map<String, String> removed, Map<String, String> changed) {

        public boolean none() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    private VersionDiff() {}

    public static Changes between(String from, String to) {
        Map<String, Element> before = elements(from);
        Map<String, Element> after = elements(to);
        Map<String, String> added = new LinkedHashMap<>();
        Map<String, String> removed = new LinkedHashMap<>();
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((id, element) -> {
            Element old = before.get(id);
            if (old == null) {
                added.put(id, element.getAttribute("name"));
            } else if (!canonical(old).equals(canonical(element))) {
                changed.put(id, element.getAttribute("name"));
            }
        });
        before.forEach((id, element) -> {
            if (!after.containsKey(id)) {
                removed.put(id, element.getAttribute("name"));
            }
        });
        return new Changes(added, removed, changed);
    }

    /** Every flow element of the document's processes by id, sub-processes' contents included. */
    private static Map<String, Element> elements(String xml) {
        Map<String, Element> byId = new LinkedHashMap<>();
        NodeList processes = parse(xml).getElementsByTagNameNS(BPMN, "process");
        for (int i = 0; i < processes.getLength(); i++) {
            collect((Element) processes.item(i), byId);
        }
        return byId;
    }

    private static void collect(Element scope, Map<String, Element> byId) {
        for (Node n = scope.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && BPMN.equals(e.getNamespaceURI())
                    && !e.getAttribute("id").isEmpty()
                    && isFlowElement(e)) {
                byId.put(e.getAttribute("id"), e);
                if (e.getLocalName().equals("subProcess") || e.getLocalName().equals("transaction")) {
                    collect(e, byId);
                }
            }
        }
    }

    private static boolean isFlowElement(Element e) {
        String name = e.getLocalName();
        return !name.equals("laneSet") && !name.equals("documentation") && !name.equals("extensionElements");
    }

    /**
     * An element as text: its name, attributes sorted, and its children the same way, leaving out nested flow
     * elements (compared on their own) and the generated ids of definitions inside it (a timer's), which a modeler
     * renews without meaning anything.
     */
    private static String canonical(Element e) {
        StringBuilder out = new StringBuilder("<").append(e.getLocalName());
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node a = map.item(i);
            if (!"xmlns".equals(a.getPrefix()) && !"xmlns".equals(a.getNodeName())) {
                attributes.put(a.getNamespaceURI() + ":" + a.getLocalName(), a.getNodeValue());
            }
        }
        attributes.forEach(
                (k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append('>');
        List<String> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                boolean nested = (e.getLocalName().equals("subProcess")
                                || e.getLocalName().equals("transaction"))
                        && isFlowElement(child)
                        && !child.getAttribute("id").isEmpty();
                if (!nested
                        && !child.getLocalName().equals("incoming")
                        && !child.getLocalName().equals("outgoing")) {
                    children.add(canonical(withoutId(child)));
                }
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = n.getNodeValue().strip();
                if (!text.isEmpty()) {
                    children.add(text);
                }
            }
        }
        children.forEach(out::append);
        return out.append("</").append(e.getLocalName()).append('>').toString();
    }

    private static Element withoutId(Element child) {
        Element copy = (Element) child.cloneNode(true);
        copy.removeAttribute("id");
        return copy;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not an XML document", e);
        }
    }
}
