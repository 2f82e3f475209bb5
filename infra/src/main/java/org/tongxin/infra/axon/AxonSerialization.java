package org.tongxin.infra.axon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.tongxin.infra.personaldata.SubjectKeys;
import org.tongxin.infra.personaldata.SubmitterSealing;

/**
 * Jackson for everything Axon stores, with a mapper of its own: the web's mapper may be strict or change with the
 * API, but stored events must stay readable for years, so unknown fields are tolerated here and a change of meaning
 * goes through an upcaster. Dates are ISO-8601 text, readable in the database.
 *
 * <p>Text read back from the store never holds U+0000. The store keeps an event's JSON as bytes, so a NUL that came in
 * (before the edge refused it, or from another writer) is stored faithfully; but no PostgreSQL {@code text} or
 * {@code jsonb} column can hold one, and a single such event would stop every read model that copies the field.
 * Reading replaces it with U+FFFD, the replacement character, so the damage stays visible where it is shown and every
 * projection, the history and the dead-letter queue see the same text. The stored bytes are not changed.
 *
 * <p>A submitter's name and phone are stored sealed under a key of their own ({@link SubmitterSealing}), so that
 * destroying the key erases them from events that are never rewritten.
 */
@Configuration(proxyBeanMethods = false)
class AxonSerialization {

    static ObjectMapper storageMapper() {
        return storageMapper(SubjectKeys.NONE);
    }

    /** With submitters' personal data sealed under keys of {@code keys}. */
    static ObjectMapper storageMapper(SubjectKeys keys) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new SimpleModule("nul-free-text").addDeserializer(String.class, new NulFreeText()))
                .addModule(new SubmitterSealing(keys))
                .build();
    }

    /** Jackson's own string reading, with U+0000 replaced by U+FFFD. */
    static final class NulFreeText extends StdScalarDeserializer<String> {

        static final char NUL = '\0';
        static final char REPLACEMENT = '\uFFFD';

        NulFreeText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            return text == null || text.indexOf(NUL) < 0 ? text : text.replace(NUL, REPLACEMENT);
        }
    }

    private static Serializer jackson(SubjectKeys keys) {
        return JacksonSerializer.builder().objectMapper(storageMapper(keys)).build();
    }

    @Bean
    @Primary
    Serializer serializer(SubjectKeys keys) {
        return jackson(keys);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(SubjectKeys keys) {
        return jackson(keys);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(SubjectKeys keys) {
        return jackson(keys);
    }
}
