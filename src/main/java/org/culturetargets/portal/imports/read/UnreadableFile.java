package org.culturetargets.portal.imports.read;

import java.util.Arrays;

/**
 * A file that cannot be read as a table: a message key of the imports bundle and its arguments. It is the user's
 * file that is wrong (a 4xx), so the message says what is wrong and what to do; the cause, if any, is for the log.
 */
public class UnreadableFile extends RuntimeException implements Refusal {

    private final String messageKey;
    private final Object[] arguments;

    public UnreadableFile(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public UnreadableFile(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
