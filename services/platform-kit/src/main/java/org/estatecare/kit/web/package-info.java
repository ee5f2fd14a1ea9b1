/**
 * The HTTP conventions of every service: RFC 9457 problem+json with stable types and localised
 * titles (zh-CN by default, en on request), payload size limit, unknown JSON fields refused,
 * {@code Idempotency-Key} on POST, {@code ETag}/{@code If-Match}, correlation ids.
 */
package org.estatecare.kit.web;
