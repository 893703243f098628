package org.roadshow.plan;

/** How bad a conflict is: an error is a plan that cannot happen; a warning is one worth a look. */
public enum Severity {
    ERROR, WARNING
}
