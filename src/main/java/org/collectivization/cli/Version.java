package org.collectivization.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The project's version (from the build) for --version and the manifest. */
public final class Version implements IVersionProvider {
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/collectivization/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** The git commit of the working directory, or "unknown" outside a clone. */
    public static String gitCommit() {
        try {
            Process pr = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String out = new String(pr.getInputStream().readAllBytes()).trim();
            if (pr.waitFor() == 0 && out.matches("[0-9a-f]{40}")) {
                Process st = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
                String dirty = new String(st.getInputStream().readAllBytes()).trim();
                st.waitFor();
                return dirty.isEmpty() ? out : out + "-modified";
            }
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"collectivization " + version()};
    }
}
