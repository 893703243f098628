package org.roadshow.io.fetch;

/**
 * A programme address that could not be fetched: names the address and says what went wrong in words a user
 * understands ("not found on the server (HTTP 404)", "the host is unknown", "timed out"). {@link #problem()}
 * lets callers tell the kinds apart (a cancelled fetch is not an error to show).
 */
public final class FetchException extends Exception {
    /** What kind of failure, for callers that react differently (tests, the command line's wording). */
    public enum Problem {
        BAD_ADDRESS, NOT_FOUND, FORBIDDEN, SERVER_ERROR, REFUSED, NOT_A_PROGRAMME, OFFLINE, TIMED_OUT, TOO_LARGE,
        INSECURE, NETWORK, CANCELLED
    }

    private final String url;
    private final Problem problem;
    private final String detail;

    public FetchException(String url, Problem problem, String detail, Throwable cause) {
        super(url + ": " + detail, cause);
        this.url = url;
        this.problem = problem;
        this.detail = detail;
    }

    public FetchException(String url, Problem problem, String detail) {
        this(url, problem, detail, null);
    }

    /** The address as the user gave it. */
    public String url() {
        return url;
    }

    public Problem problem() {
        return problem;
    }

    /** What is wrong, without the address. */
    public String detail() {
        return detail;
    }
}
