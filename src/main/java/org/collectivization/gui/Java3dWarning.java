package org.collectivization.gui;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * MASON's Console, when first built, loads the demo simulations listed in its jar to offer them under
 * File > New Simulation; the 3D ones need Java3D, which the classroom GUI does not use, and MASON then
 * prints {@link #TEXT} on stderr. Every start of the GUI printed it, and a teacher took it for a fault.
 * No system property turns it off, so that one line is held back while the Console is built.
 */
final class Java3dWarning {
    /** The line exactly as MASON 18's {@code sim.display.Console.buildClassList} prints it. */
    static final String TEXT = "WARNING: Not all classes loaded, due to error: probably no Java3D.";

    private Java3dWarning() {}

    /** Runs {@code action} with stderr passing every line but {@link #TEXT}. */
    static <T> T withheld(Supplier<T> action) {
        PrintStream err = System.err;
        Filter filter = new Filter(err);
        System.setErr(new PrintStream(filter, true, Charset.defaultCharset()));
        try {
            return action.get();
        } finally {
            System.err.flush();
            System.setErr(err);
            filter.rest();
        }
    }

    /** Passes whole lines to {@code to}, except the warning. */
    private static final class Filter extends OutputStream {
        private final PrintStream to;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Filter(PrintStream to) {
            this.to = to;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                String text = line.toString(Charset.defaultCharset()).stripTrailing();
                if (!text.equals(TEXT)) to.write(line.toByteArray(), 0, line.size());
                line.reset();
            }
        }

        @Override
        public synchronized void flush() {
            to.flush();
        }

        /** A last line without its end is passed on once the Console is built. */
        synchronized void rest() {
            to.write(line.toByteArray(), 0, line.size());
            line.reset();
            to.flush();
        }
    }
}
