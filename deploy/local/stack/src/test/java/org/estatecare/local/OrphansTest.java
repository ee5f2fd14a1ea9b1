package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class OrphansTest {

    @Test
    void aChildIsEndedWhenItsParentIsKilledOutright() throws Exception {
        Process parent = new ProcessBuilder("sleep", "120").start();
        Process child = new ProcessBuilder("sleep", "120").start();
        Process watcher = Orphans.killWhenGone(parent.pid(), child.pid()).orElseThrow();

        parent.destroyForcibly().waitFor(5, TimeUnit.SECONDS);

        assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("child ended").isTrue();
        assertThat(watcher.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theWatcherLeavesQuietlyWhenTheChildStopsFirst() throws Exception {
        Process parent = new ProcessBuilder("sleep", "120").start();
        Process child = new ProcessBuilder("sleep", "120").start();
        Process watcher = Orphans.killWhenGone(parent.pid(), child.pid()).orElseThrow();
        try {
            child.destroy();
            assertThat(watcher.waitFor(10, TimeUnit.SECONDS)).as("watcher gone").isTrue();
            assertThat(parent.isAlive()).isTrue();
        } finally {
            parent.destroyForcibly();
        }
    }
}
