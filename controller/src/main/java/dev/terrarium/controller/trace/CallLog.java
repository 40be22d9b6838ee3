package dev.terrarium.controller.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The layers one run puts between the child and the host, by its {@link CallLogSettings}:
 * from the child inwards, {@link CallTrace} (what the guest saw), {@link CallRecorder},
 * {@link DeterministicHost}, then the host's request server; or, when replaying,
 * {@link CallTrace} around a {@link ReplayServer} and no host at all. Open it before the
 * child starts (so a bad file or a record of another script stops the run at once), wrap
 * the host with {@link #around}, and {@link #close} it when the run ends.
 */
public final class CallLog implements AutoCloseable {
    private final List<AutoCloseable> files = new ArrayList<>();
    private final CallLogSettings settings;
    private final Path script;
    private final String inlineProgram;
    private final List<String> argv;
    private final long hashSeed;
    private ReplayServer replay;
    private CallRecorder recorder;
    private CallHandler layers;
    private CallHandler host;

    private CallLog(CallLogSettings settings, Path script, String inlineProgram, List<String> argv, long hashSeed) {
        this.settings = settings;
        this.hashSeed = hashSeed;
        this.script = script;
        this.inlineProgram = inlineProgram;
        this.argv = List.copyOf(argv);
    }

    /**
     * Prepares the layers for a run of {@code script} (a host path, hashed for the record's
     * header) with the guest's {@code argv} and str {@code hashSeed}, opening their files now so that a file that
     * cannot be written stops the run before the child starts ({@link CallLogFailure}). When
     * replaying, opens the record and checks it belongs to this script and argv
     * ({@link ReplayDiverged} otherwise).
     */
    public static CallLog open(CallLogSettings settings, Path script, List<String> argv, long hashSeed,
            StandardStreams streams) {
        return open(settings, script, null, argv, hashSeed, streams);
    }

    /**
     * As {@link #open(CallLogSettings, Path, List, long, StandardStreams)}; a program given as
     * text ({@code -c}) has {@code script} null and is hashed from {@code inlineProgram}; a
     * program the guest reads from stdin (or the REPL) has both null: its text travels as
     * recorded stdin reads, so the header hashes the empty program.
     */
    public static CallLog open(CallLogSettings settings, Path script, String inlineProgram, List<String> argv,
            long hashSeed, StandardStreams streams) {
        CallLog log = new CallLog(settings, script, inlineProgram, argv, hashSeed);
        try {
            log.layers = log.build(streams);
        } catch (RuntimeException e) {
            try {
                log.close();
            } catch (CallLogFailure ignored) {
                // the first failure is the one to report
            }
            throw e;
        }
        return log;
    }

    private CallHandler build(StandardStreams streams) {
        CallHandler calls;
        if (settings.replaying()) {
            replay = ReplayServer.open(settings.replay(), scriptSha256(), argv, streams);
            files.add(replay);
            calls = replay;
        } else {
            CallHandler toHost = request -> host.answer(request);
            calls = settings.deterministic() ? new DeterministicHost(toHost, settings.seed()) : toHost;
            if (settings.record() != null) {
                CallRecorder recorder = CallRecorder.open(settings.record(),
                        new RecordFormat.Header(scriptSha256(), argv, hashSeed), streams, calls);
                files.add(recorder);
                this.recorder = recorder;
                calls = recorder;
            }
        }
        if (settings.trace() != null) {
            CallTrace trace = CallTrace.open(settings.trace(), calls);
            files.add(trace);
            calls = trace;
        }
        return calls;
    }

    /** The hash seed the child must use: the given one, or when replaying the record's. */
    public long hashSeed() {
        return replay != null ? replay.hashSeed() : hashSeed;
    }

    /**
     * Keeps how the run ended in its record ({@code --record}), when that was not the guest's
     * EXIT, so that a replay ends the same way; nothing without a record.
     */
    public void recordEnding(String outcome, int exitCode, String reason) {
        if (recorder != null) {
            recorder.recordEnding(new RecordedEnding(outcome, exitCode, reason == null ? "" : reason));
        }
    }

    /**
     * When replaying, once the guest has ended (after its EXIT, or when it died): the recorded
     * run's ending if the record holds one next, else null.
     */
    public RecordedEnding recordedEnding() {
        return replay == null ? null : replay.endingAfterExit();
    }

    /** Whether the host is never asked (a replay): the caller need not prepare file systems. */
    public boolean replaying() {
        return replay != null;
    }

    /** The handler the child's requests go to: this run's layers around {@code host} (unused when replaying). */
    public CallHandler around(CallHandler host) {
        this.host = host;
        return layers;
    }

    /** Flushes and closes the files; the first failure to write is a {@link CallLogFailure}, after all are closed. */
    @Override
    public void close() {
        CallLogFailure first = null;
        for (AutoCloseable file : files) {
            try {
                file.close();
            } catch (CallLogFailure e) {
                first = first == null ? e : first;
            } catch (Exception e) {
                first = first == null ? new CallLogFailure("cannot close a call log: " + e) : first;
            }
        }
        files.clear();
        if (first != null) {
            throw first;
        }
    }

    private String scriptSha256() {
        try {
            byte[] program = script != null ? Files.readAllBytes(script)
                    : (inlineProgram == null ? "" : inlineProgram).getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(program);
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new CallLogFailure("cannot read the script " + script + ": " + CallLogFailure.describe(e));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
