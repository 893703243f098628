package org.roadshow.ui.print;

import java.util.List;
import javafx.scene.layout.Region;

/**
 * What a view offers to print: a title for the page header, and its content as sections (a roster's
 * days, a checklist's trips), each a fresh node made for the given width in points. {@link PrintedPages}
 * packs them onto pages.
 */
public interface PrintSource {
    String title();

    /** The choice that puts each section on a page of its own, e.g. "One day per page". */
    String sectionPerPageLabel();

    List<Region> sections(double width);
}
