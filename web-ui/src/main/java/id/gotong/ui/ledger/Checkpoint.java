package id.gotong.ui.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A signed checkpoint as served, split for display only: the page shows it, the browser verifies it. Nothing here is
 * trusted; a note that does not parse is shown raw.
 *
 * @param signers the names on the signature lines (the log's own, then witnesses')
 */
public record Checkpoint(String note, String origin, Long size, String root, List<String> signers) {

    public static Checkpoint parse(String note) {
        int split = note.lastIndexOf("\n\n");
        String text = split < 0 ? note : note.substring(0, split + 1);
        String[] lines = text.split("\n");
        Long size = null;
        if (lines.length > 1) {
            try {
                size = Long.parseLong(lines[1]);
            } catch (NumberFormatException e) {
                size = null;
            }
        }
        List<String> signers = new ArrayList<>();
        if (split >= 0) {
            for (String line : note.substring(split + 2).split("\n")) {
                String[] parts = line.split(" ");
                if (parts.length >= 3 && parts[0].equals("\u2014")) {
                    signers.add(parts[1]);
                }
            }
        }
        return new Checkpoint(note, lines.length > 0 ? lines[0] : null, size, lines.length > 2 ? lines[2] : null,
                signers);
    }
}
