package org.sahelsim.cli;

import org.sahelsim.run.Series;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --series monthly|yearly|none}. */
final class SeriesConverter implements ITypeConverter<Series> {
    @Override
    public Series convert(String value) {
        try {
            return Series.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected monthly, yearly or none, got '" + value + "'");
        }
    }
}
