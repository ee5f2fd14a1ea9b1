package org.estatecare.webhooks.it;

import org.estatecare.testing.ApiBaseline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** API change control: the API as served keeps every promise of its committed baseline ({@link ApiBaseline}). */
class ApiChangeControlIT extends WebhooksServiceIT {

    @Test
    @DisplayName("the API breaks nothing of docs/api/webhooks.json, and a deprecated operation is dated, has a successor and is in the changelog")
    void theApiKeepsItsBaseline() {
        ApiBaseline.checkServedAt("webhooks", port);
    }
}
