package id.rembuk.store;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A readable name for this laptop in the replica table ("Laptop KOMINFO-01"), for provenance only. */
public final class ReplicaLabel {
    private ReplicaLabel() {
    }

    public static String thisLaptop() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException | SecurityException e) {
                name = System.getProperty("user.name", "?");
            }
        }
        return "Laptop " + name;
    }
}
