package org.tongxin.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Refuses {@link ControlCharacters} in every JSON string of a request body, typed fields and free maps (a task form's
 * values) alike, as the string is read: the error carries the JSON path, so the 400 names the field. Registered on
 * the web's object mapper only; Axon's storage mapper must go on reading whatever is already stored.
 */
public final class ControlCharacterModule extends SimpleModule {

    public ControlCharacterModule() {
        super("tongxin-control-characters");
        addDeserializer(String.class, new CheckedStrings());
        addKeyDeserializer(String.class, new CheckedKeys());
    }

    /** Thrown with the path of the offending string; {@code ApiProblems} turns it into a field error. */
    public static final class ControlCharacterException extends JsonMappingException {
        ControlCharacterException(JsonParser parser) {
            super(parser, ControlCharacters.MESSAGE);
        }
    }

    /**
     * Jackson's own string deserializer, then the check. Being a subclass (not Jackson's class itself) makes the
     * untyped-map deserializer use it for map values too.
     */
    static final class CheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (!ControlCharacters.allowed(value)) {
                throw new ControlCharacterException(p);
            }
            return value;
        }
    }

    static final class CheckedKeys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            if (!ControlCharacters.allowed(key)) {
                throw new ControlCharacterException(ctxt.getParser());
            }
            return key;
        }
    }
}
