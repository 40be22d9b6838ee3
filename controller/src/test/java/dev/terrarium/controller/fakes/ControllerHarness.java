package dev.terrarium.controller.fakes;

import dev.terrarium.controller.Sandbox;
import dev.terrarium.controller.SandboxOptions;
import java.nio.file.Paths;
import java.util.List;

/** A controller process for tests: runs args[0] with FakeChild in mode args[1], no time limit. */
public final class ControllerHarness {
    public static void main(String[] args) {
        SandboxOptions options = SandboxOptions.defaults().withMainClass(FakeChild.class.getName())
                .withExtraJvmArgs(List.of("-Dfake.mode=" + args[1]));
        System.exit(Sandbox.runScript(Paths.get(args[0]), List.of(), options, System.out, System.err));
    }
}
