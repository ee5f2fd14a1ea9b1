package org.estatecare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PortsTest {

    /** As a broker binds its listener and its controller, or a service its API and management ports: all at once. */
    @Test
    void portsAskedForOneAfterTheOtherCanAllBeBoundAtOnce() throws Exception {
        List<ServerSocket> bound = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                int port = Ports.free();
                bound.add(new ServerSocket(port, 1, InetAddress.getByName(Ports.LOOPBACK)));
                assertThat(Ports.inUse(port)).as("port %d is ours now", port).isTrue();
            }
        } finally {
            for (ServerSocket socket : bound) {
                socket.close();
            }
        }
        assertThat(bound).hasSize(50);
    }
}
