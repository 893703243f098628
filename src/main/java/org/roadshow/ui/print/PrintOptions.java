package org.roadshow.ui.print;

import org.roadshow.io.pdf.PageSetup;

/** The user's choices in the print dialog: paper, orientation, and whether each section gets its own page. */
public record PrintOptions(PageSetup setup, boolean sectionPerPage) {
    public PrintOptions withSetup(PageSetup newSetup) {
        return new PrintOptions(newSetup, sectionPerPage);
    }

    public PrintOptions withSectionPerPage(boolean perPage) {
        return new PrintOptions(setup, perPage);
    }
}
