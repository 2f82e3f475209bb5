package org.tongxin.infra.studio;

import java.io.StringReader;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a draft's document must be before it is stored: BPMN 2.0 XML, no larger than a drawn process ever is (a
 * modeler's file of the committee's largest process is tens of kilobytes; the upload takes at most 1 MB, and so does
 * a save). Checked for the whole document to be well-formed and rooted in BPMN's {@code definitions}, with no DTD or
 * external entity ever resolved.
 */
final class DraftDocument {

    /** The most characters a draft holds: the upload's limit of 1 MB. */
    static final int MAX_CHARS = 1024 * 1024;

    static final String BPMN_MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /** Why a document cannot be a draft. */
    enum Fault {
        EMPTY,
        TOO_LARGE,
        NOT_XML,
        NOT_BPMN
    }

    private static final XMLInputFactory FACTORY = safeFactory();

    private DraftDocument() {}

    /** What is wrong with {@code xml} as a draft's document; empty when nothing is. */
    static Optional<Fault> fault(String xml) {
        if (xml == null || xml.isBlank()) {
            return Optional.of(Fault.EMPTY);
        }
        if (xml.length() > MAX_CHARS) {
            return Optional.of(Fault.TOO_LARGE);
        }
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            while (reader.hasNext() && reader.next() != XMLStreamReader.START_ELEMENT) {
                // the prolog: declaration, comments, processing instructions
            }
            if (!reader.isStartElement()) {
                return Optional.of(Fault.NOT_XML);
            }
            boolean bpmn = "definitions".equals(reader.getLocalName()) && BPMN_MODEL.equals(reader.getNamespaceURI());
            while (reader.hasNext()) {
                reader.next();
            }
            return bpmn ? Optional.empty() : Optional.of(Fault.NOT_BPMN);
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.of(Fault.NOT_XML);
        } finally {
            close(reader);
        }
    }

    /** The reason in English for the API's problem detail, naming what to send instead. */
    static String english(Fault fault) {
        return switch (fault) {
            case EMPTY -> "is required: the BPMN 2.0 XML of the process";
            case TOO_LARGE -> "is at most " + MAX_CHARS + " characters";
            case NOT_XML -> "is not well-formed XML: send the BPMN 2.0 XML a modeler saves";
            case NOT_BPMN -> "is not BPMN 2.0: its root element must be definitions in " + BPMN_MODEL;
        };
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // a draft is whatever a browser sent: never read a DTD or an entity from anywhere
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing held but the string
        }
    }
}
