package studio.backprop.cli;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import studio.backprop.engine.Features;
import studio.backprop.engine.OptimizerSpec;
import studio.backprop.io.NumberText;

/**
 * Option values checked as they are read. Messages say what is wrong without the option's name;
 * {@link ErrorMessages} puts the name in front: {@code --lr: "abc" is not a number}.
 */
final class Converters {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d++");

    private Converters() {
    }

    /** A learning rate: a positive finite number. */
    static final class LearningRate implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = decimal(text);
            if (!(value > 0)) {
                throw new TypeConversionException("must be a positive number, got " + text.strip());
            }
            return value;
        }
    }

    /** Features of the inputs, by name: {@code x1,x2,x1*x2}. */
    static final class FeatureList implements ITypeConverter<Features> {
        @Override
        public Features convert(String text) {
            try {
                return Features.parse(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** An optimiser and its settings: {@code gd}, {@code momentum:mu=0.9}; settings are plain decimals. */
    static final class OptimizerOption implements ITypeConverter<OptimizerSpec> {
        @Override
        public OptimizerSpec convert(String text) {
            String[] parts = text.strip().split(":", 2);
            Map<String, Double> settings = new TreeMap<>();
            if (parts.length == 2) {
                for (String pair : parts[1].split(",", -1)) {
                    String[] nameValue = pair.split("=", 2);
                    if (nameValue.length != 2 || nameValue[0].isBlank() || !NumberText.isDecimal(nameValue[1].strip())) {
                        throw new TypeConversionException(quote(pair.strip()) + " is not a setting like mu=0.9");
                    }
                    if (settings.put(nameValue[0].strip(), Double.parseDouble(nameValue[1].strip())) != null) {
                        throw new TypeConversionException(nameValue[0].strip() + " is given twice");
                    }
                }
            }
            try {
                return OptimizerSpec.of(parts[0].strip(), settings);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A plain decimal; the setting it goes to checks its range. */
    static final class Decimal implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            return decimal(text);
        }
    }

    /** A penalty's lambda: a finite number, 0 or more. */
    static final class Lambda implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = decimal(text);
            if (value < 0) {
                throw new TypeConversionException("must be 0 or more, got " + text.strip());
            }
            return value;
        }
    }

    /** A fraction strictly between 0 and 1. */
    static final class Fraction implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double value = decimal(text);
            if (!(value > 0 && value < 1)) {
                throw new TypeConversionException("must lie between 0 and 1, got " + text.strip());
            }
            return value;
        }
    }

    /** A batch size: a whole number, 1 or more. */
    static final class BatchSize implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            long value = count(text);
            if (value < 1 || value > Integer.MAX_VALUE) {
                throw new TypeConversionException("must be a whole number from 1, got " + text.strip());
            }
            return (int) value;
        }
    }

    /** A point's number: a whole number from 1 (the data's size is checked later). */
    static final class PointNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            long value = count(text);
            if (value < 1 || value > Integer.MAX_VALUE) {
                throw new TypeConversionException("point numbers start at 1, got " + text.strip());
            }
            return (int) value;
        }
    }

    /** A seed: any whole number that fits 64 bits. */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            Long value = whole(text);
            if (value == null) {
                throw new TypeConversionException(quote(text) + " is too large for a seed");
            }
            return value;
        }
    }

    private static double decimal(String text) {
        String t = text.strip();
        if (!NumberText.isDecimal(t)) {
            throw new TypeConversionException(quote(text) + " is not a number");
        }
        double value = Double.parseDouble(t);
        if (!Double.isFinite(value)) {
            throw new TypeConversionException(quote(text) + " is too large to be a finite number");
        }
        return value;
    }

    /** A number of iterations: a whole number, 0 or more. */
    static final class Iterations implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return count(text);
        }
    }

    /** Decimals of the text output: 0 to 17 (17 show every double exactly enough to tell it apart). */
    static final class Digits implements ITypeConverter<Integer> {
        static final int MAX = 17;

        @Override
        public Integer convert(String text) {
            Long value = whole(text);
            if (value == null || value < 0 || value > MAX) {
                throw new TypeConversionException("must be between 0 and " + MAX + ", got " + text.strip());
            }
            return value.intValue();
        }
    }

    /** A whole number, or null when it has too many digits for a long; anything else is refused. */
    private static Long whole(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new TypeConversionException("empty, expected a whole number such as 10");
        }
        if (!INTEGER.matcher(t).matches()) {
            throw new TypeConversionException(quote(text) + " is not a whole number");
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long count(String text) {
        Long parsed = whole(text);
        if (parsed == null) {
            throw new TypeConversionException(quote(text) + " is too large");
        }
        long value = parsed;
        if (value < 0) {
            throw new TypeConversionException("must be at least 0, got " + value);
        }
        return value;
    }

    private static String quote(String text) {
        String shown = text.length() > 30 ? text.substring(0, 30) + "..." : text;
        return "\"" + shown + "\"";
    }
}
