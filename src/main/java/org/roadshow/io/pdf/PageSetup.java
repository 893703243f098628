package org.roadshow.io.pdf;

import java.util.Locale;
import java.util.Objects;

/** The paper and its orientation for a printed page or a PDF. Sizes in PDF points (1/72 inch). */
public record PageSetup(Paper paper, Orientation orientation) {
    public enum Paper {
        A4("A4", 595.28f, 841.89f),
        LETTER("Letter", 612f, 792f);

        private final String label;
        private final float width;
        private final float height;

        Paper(String label, float width, float height) {
            this.label = label;
            this.width = width;
            this.height = height;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum Orientation {
        PORTRAIT("Portrait"), LANDSCAPE("Landscape");

        private final String label;

        Orientation(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
    }

    /** Letter where it is the usual paper (the US, Canada, Mexico, the Philippines, Chile, Colombia), A4 elsewhere. */
    public static PageSetup usualFor(Locale locale, Orientation orientation) {
        String country = locale.getCountry();
        boolean letter = switch (country) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "PR", "DO", "SV", "NI", "HN" -> true;
            default -> false;
        };
        return new PageSetup(letter ? Paper.LETTER : Paper.A4, orientation);
    }

    public float width() {
        return orientation == Orientation.PORTRAIT ? paper.width : paper.height;
    }

    public float height() {
        return orientation == Orientation.PORTRAIT ? paper.height : paper.width;
    }

    public PageSetup withPaper(Paper newPaper) {
        return new PageSetup(newPaper, orientation);
    }

    public PageSetup withOrientation(Orientation newOrientation) {
        return new PageSetup(paper, newOrientation);
    }
}
