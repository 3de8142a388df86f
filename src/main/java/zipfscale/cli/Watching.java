package zipfscale.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import zipfscale.pipeline.CheckRun;
import zipfscale.pipeline.WatchLoop;

/**
 * {@code --watch} of {@code check} and {@code regenerate}: runs a {@link WatchLoop} until Ctrl-C. A
 * shutdown hook closes the loop and waits (up to a few seconds) for it to finish its output, so Ctrl-C
 * ends with "watch: stopped" and no stack trace; cache entries are written atomically, so a check cut
 * short leaves none torn.
 */
final class Watching {
    private Watching() {
    }

    static int run(CheckOptions options, CommandSpec spec, Consumer<CheckRun.Run> afterRun) {
        var out = spec.commandLine().getOut();
        WatchLoop loop = new WatchLoop(options.pathsOrDefault(), options.settings(), options.verdictCache(), out,
                spec.commandLine().getErr(), afterRun);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            loop.close();
            try {
                done.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.println("watch: stopped");
            out.flush();
        }, "watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            loop.run();
        } finally {
            done.countDown();
        }
        return ExitCodes.OK;
    }
}
