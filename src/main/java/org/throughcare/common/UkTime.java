package org.throughcare.common;

import java.time.ZoneId;

/**
 * The one time zone of the service: England and Wales keep UK time, with summer time. The application's
 * {@code Clock} runs in it, so "today" is the UK's today whatever zone the server is in; dates and times
 * typed into forms are read in it.
 */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {}
}
