package id.rembuk.store;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A readable name for this laptop in the replica table ("Laptop KOMINFO-01"), for provenance only. */
public final class ReplicaLabel {
    private ReplicaLabel() {
    }

    /** This laptop working as one group ("Kelompok GOV · Laptop KOMINFO-01"). */
    public static String groupLaptop(String groupCode) {
        return group(groupCode) + " · " + thisLaptop();
    }

    /** The name of a group file's own replica before any laptop opened it. */
    public static String group(String groupCode) {
        return "Kelompok " + groupCode;
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
