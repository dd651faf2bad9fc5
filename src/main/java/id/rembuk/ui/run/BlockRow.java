package id.rembuk.ui.run;

import id.rembuk.domain.AgendaItem;
import id.rembuk.domain.BlockRun;

/**
 * One line of the day's rundown as the run screen lists it.
 *
 * @param planned "08.00–08.30"
 * @param actual  "08.02–08.31 · 29 mnt", or what is known so far; empty when not started
 */
public record BlockRow(AgendaItem block, BlockRun run, boolean current, boolean next, String planned, String actual) {
}
