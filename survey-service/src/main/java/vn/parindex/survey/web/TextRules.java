package vn.parindex.survey.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.parindex.survey.Text;

/**
 * {@link Text}'s rule at the HTTP door: every string and object key of a JSON body (through the mapper), and every
 * path and query parameter (a filter that answers 400 before the resource runs).
 */
@Singleton
public class TextRules implements ObjectMapperCustomizer {

    /** A JSON string or key that breaks the rule; the mapper adds the path, the problem mapper names the field. */
    public static final class RejectedText extends JsonMappingException {
        private static final long serialVersionUID = 1L;

        final String reason;

        RejectedText(JsonParser parser, String reason) {
            super(parser, reason);
            this.reason = reason;
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("parindex-text");
        module.addDeserializer(String.class, new StringDeserializer() {
            private static final long serialVersionUID = 1L;

            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                return checked(parser, super.deserialize(parser, context));
            }
        });
        module.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                return checked(context.getParser(), key);
            }
        });
        mapper.registerModule(module);
    }

    @ServerRequestFilter
    public Response refuseControlCharacters(UriInfo uri) {
        if (Text.fault(uri.getPath()) != null) {
            return refused("path", Text.fault(uri.getPath()));
        }
        for (MultivaluedMap<String, String> parameters : List.of(uri.getPathParameters(), uri.getQueryParameters())) {
            for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                for (String value : parameter.getValue()) {
                    String fault = Text.fault(value);
                    if (fault != null) {
                        return refused(parameter.getKey(), fault);
                    }
                }
            }
        }
        return null;
    }

    private static Response refused(String parameter, String fault) {
        String detail = "parameter '" + parameter + "': the text " + fault;
        return Problem.response(400, "Invalid request", detail, null, List.of(new Problem.FieldError(parameter, "the text " + fault)));
    }

    private static String checked(JsonParser parser, String value) throws RejectedText {
        String fault = Text.fault(value);
        if (fault != null) {
            throw new RejectedText(parser, "the text " + fault);
        }
        return value;
    }
}
