package dev.terrarium.controller.child;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** What the operating system tells about a child process's use of memory (Linux /proc). */
final class ProcessUsage {
    private ProcessUsage() {}

    /** The process's peak resident set size ({@code VmHWM} of /proc/PID/status) in bytes, or -1. */
    static long peakResidentBytes(long pid) {
        Path status = Paths.get("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.substring(6).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024; // reported in kB
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }
}
