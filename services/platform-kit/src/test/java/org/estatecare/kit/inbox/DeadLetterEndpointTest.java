package org.estatecare.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Set;
import java.util.concurrent.CompletionException;

import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** What an operator is told when the broker is away or another replay runs: a status to act on, never a 500. */
class DeadLetterEndpointTest {

    final DeadLetterReplay replay = mock(DeadLetterReplay.class);
    final DeadLetterEndpoint endpoint = new DeadLetterEndpoint(replay);

    @Test
    void aBrokerAwayMidReplayIsA503SayingToRunItAgain() {
        when(replay.consumes("estates.v1")).thenReturn(true);
        when(replay.replay("estates.v1")).thenThrow(new CompletionException(new TimeoutException("no broker")));

        var answer = endpoint.replay("estates.v1");

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getBody().get("detail").toString()).contains("run the replay again");
    }

    @Test
    void aBrokerAwayWhileListingIsA503() {
        when(replay.waiting()).thenThrow(new TimeoutException("no broker"));

        assertThat(endpoint.waiting().getStatus()).isEqualTo(503);
    }

    @Test
    void aReplayAlreadyRunningIsA409AndAnUnknownTopicA404() {
        when(replay.consumes("estates.v1")).thenReturn(true);
        when(replay.replay("estates.v1")).thenThrow(new DeadLetterReplay.ReplayInProgress("estates.v1"));
        when(replay.groups("estates.v1")).thenReturn(Set.of("complaints"));

        assertThat(endpoint.replay("estates.v1").getStatus()).isEqualTo(409);
        assertThat(endpoint.replay("nothing.v1").getStatus()).isEqualTo(404);
    }
}
