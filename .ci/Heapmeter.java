import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import sun.tools.attach.HotSpotVirtualMachine;

/**
 * The benchmark's memory probe (.ci/bench): attaches once to the running JVM and asks it for a full GC
 * (the diagnostic command GC.run, what `jcmd PID GC.run` sends) every INTERVAL seconds until it ends.
 * The GC log's "after" of those collections is the live heap. One process for the whole run: a jcmd per
 * sample started a JVM each time, on a 2-core machine about 15% of a 100k run's time.
 *   java --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED -cp DIR Heapmeter PID INTERVAL
 */
public final class Heapmeter {

    public static void main(String[] args) throws Exception {
        long pauze = Math.round(Double.parseDouble(args[1]) * 1000);
        HotSpotVirtualMachine vm = (HotSpotVirtualMachine) VirtualMachine.attach(args[0]);
        try {
            while (true) {
                try (InputStream antwoord = vm.executeJCmd("GC.run")) {
                    antwoord.readAllBytes();
                }
                Thread.sleep(pauze);
            }
        } catch (IOException einde) {
            // the run has ended: the attach connection is gone
        }
    }
}
