package zipfscale.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a Symja worker thread prints is dropped (Symja 3.0.0 prints some exceptions' stack traces whatever
 * its configuration); what any other thread prints passes.
 */
class WorkerOutputTest {
    @Test
    void theWorkersPrintingIsDropped_andOtherThreadsPass() throws InterruptedException {
        PrintStream saved = System.err;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        System.setErr(new PrintStream(seen, true, StandardCharsets.UTF_8));
        try {
            WorkerOutput.install();
            Thread worker = new Thread(() -> new IllegalStateException("from the worker").printStackTrace(),
                    WorkerOutput.WORKER);
            worker.start();
            worker.join();
            Thread other = new Thread(() -> System.err.println("from another thread"), "check");
            other.start();
            other.join();
            System.err.print("from the caller");
            System.err.flush();
        } finally {
            System.setErr(saved);
        }
        assertEquals("from another thread" + System.lineSeparator() + "from the caller",
                seen.toString(StandardCharsets.UTF_8));
    }
}
