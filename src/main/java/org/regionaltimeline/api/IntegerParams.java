package org.regionaltimeline.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Integer query parameters ({@code limit}) that are not integers are a 400 naming the value, not the 404 JAX-RS gives
 * by default for an unconvertible query parameter.
 */
@Provider
public class IntegerParams implements ParamConverterProvider {

    private static final ParamConverter<Integer> INTEGER = new ParamConverter<>() {
        @Override
        public Integer fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException("not an integer: " + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
            }
        }

        @Override
        public String toString(Integer value) {
            return value == null ? null : value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == Integer.class ? (ParamConverter<T>) INTEGER : null;
    }
}
