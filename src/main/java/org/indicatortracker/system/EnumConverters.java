package org.indicatortracker.system;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Codes;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.RegionLevel;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.SourceKind;
import org.indicatortracker.domain.ValueKind;
import org.indicatortracker.domain.Vintage;

/** The domain's enums are stored as their lower-case wire codes, matching the CHECK constraints of the schema. */
public final class EnumConverters {

    private EnumConverters() {
    }

    public abstract static class CodeConverter<E extends Enum<E>> implements AttributeConverter<E, String> {
        private final Class<E> type;

        protected CodeConverter(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : Codes.wire(value);
        }

        @Override
        public E convertToEntityAttribute(String code) {
            return code == null ? null : Codes.parse(type, code);
        }
    }

    @Converter
    public static class ComparatorCode extends CodeConverter<Comparator> {
        public ComparatorCode() {
            super(Comparator.class);
        }
    }

    @Converter
    public static class DirectionCode extends CodeConverter<Direction> {
        public DirectionCode() {
            super(Direction.class);
        }
    }

    @Converter
    public static class ValueKindCode extends CodeConverter<ValueKind> {
        public ValueKindCode() {
            super(ValueKind.class);
        }
    }

    @Converter
    public static class RelationCode extends CodeConverter<Relation> {
        public RelationCode() {
            super(Relation.class);
        }
    }

    @Converter
    public static class BasisCode extends CodeConverter<Basis> {
        public BasisCode() {
            super(Basis.class);
        }
    }

    @Converter
    public static class VintageCode extends CodeConverter<Vintage> {
        public VintageCode() {
            super(Vintage.class);
        }
    }

    @Converter
    public static class StatusCode extends CodeConverter<PublicationStatus> {
        public StatusCode() {
            super(PublicationStatus.class);
        }
    }

    @Converter
    public static class RegionLevelCode extends CodeConverter<RegionLevel> {
        public RegionLevelCode() {
            super(RegionLevel.class);
        }
    }

    @Converter
    public static class SourceKindCode extends CodeConverter<SourceKind> {
        public SourceKindCode() {
            super(SourceKind.class);
        }
    }
}
