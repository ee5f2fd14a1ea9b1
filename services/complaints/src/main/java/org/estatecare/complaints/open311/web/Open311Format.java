package org.estatecare.complaints.open311.web;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

import com.ctc.wstx.stax.WstxOutputFactory;
import org.codehaus.stax2.XMLOutputFactory2;
import org.codehaus.stax2.io.EscapingWriterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * The two formats of GeoReport v2, chosen by the path's extension ({@code .json}, {@code .xml}; any other is not
 * found), each rendering the records of {@link GeoReport}. JSON as Jackson writes it, nulls included. XML as the
 * specification's examples show it: a UTF-8 declaration, no indentation, a missing value as an empty element
 * ({@code <zipcode></zipcode>}), and text escaped as {@code &amp; &lt; &gt; &quot;}.
 */
enum Open311Format {

    JSON(MediaType.APPLICATION_JSON) {
        @Override
        String write(Object document) {
            return JSON_MAPPER.writeValueAsString(document instanceof GeoReport.Listing listing ? listing.items() : document);
        }
    },
    XML(MediaType.valueOf("text/xml;charset=UTF-8")) {
        @Override
        String write(Object document) {
            return DECLARATION + XML_MAPPER.writeValueAsString(document) + "\n";
        }
    };

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    /** A missing value is an element with no text: {@code <account_id></account_id>}. */
    private static final ValueSerializer<Object> EMPTY_TEXT = new ValueSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
            generator.writeString("");
        }
    };
    private static final XmlMapper XML_MAPPER = xmlMapper();

    private final MediaType contentType;

    Open311Format(MediaType contentType) {
        this.contentType = contentType;
    }

    /** {@code json} or {@code xml}; anything else is not a resource here. */
    static Open311Format of(String extension) {
        return switch (extension) {
            case "json" -> JSON;
            case "xml" -> XML;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "format is json or xml");
        };
    }

    abstract String write(Object document);

    /** 200 with the document in this format. */
    ResponseEntity<String> ok(Object document) {
        return ResponseEntity.ok().contentType(contentType).body(write(document));
    }

    private static XmlMapper xmlMapper() {
        WstxOutputFactory output = new WstxOutputFactory();
        output.setProperty(XMLOutputFactory2.P_TEXT_ESCAPER, new SpecificationEscaping());
        // an empty list is <service_requests></service_requests>, as for any element without content
        output.setProperty(XMLOutputFactory2.P_AUTOMATIC_EMPTY_ELEMENTS, false);
        SimpleModule emptyForNull = new SimpleModule("open311-empty-elements");
        emptyForNull.setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription.Supplier bean,
                                                             List<BeanPropertyWriter> properties) {
                properties.forEach(property -> property.assignNullSerializer(EMPTY_TEXT));
                return properties;
            }
        });
        return XmlMapper.builder(XmlFactory.builder().xmlOutputFactory(output).build()).addModule(emptyForNull).build();
    }

    /** Text as the specification's examples escape it: the markup characters and the double quote. */
    private static final class SpecificationEscaping implements EscapingWriterFactory {

        @Override
        public Writer createEscapingWriterFor(Writer out, String encoding) {
            return new FilterWriter(out) {
                @Override
                public void write(int c) throws IOException {
                    out.write(switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        default -> String.valueOf((char) c);
                    });
                }

                @Override
                public void write(char[] text, int offset, int length) throws IOException {
                    for (int i = offset; i < offset + length; i++) {
                        write(text[i]);
                    }
                }

                @Override
                public void write(String text, int offset, int length) throws IOException {
                    write(text.toCharArray(), offset, length);
                }
            };
        }

        @Override
        public Writer createEscapingWriterFor(OutputStream out, String encoding) {
            throw new UnsupportedOperationException("text is written through a Writer");
        }
    }
}
