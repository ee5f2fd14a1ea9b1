package org.estatecare.kit.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;

import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on POST: the first request with a key does the work and its answer is kept
 * (per caller, method and path); the same key again gets that answer replayed
 * ({@code Idempotent-Replayed: true}) without doing the work twice. The same key with a different
 * body is refused (422), and while the first is still running a second gets 409. Refused and failed
 * requests are not kept, so the caller may fix and retry with the same key.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final String COLLECTION = "idempotency_keys";
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final MongoTemplate mongo;
    private final ProblemWriter problems;
    private final KitWebProperties properties;
    private final Clock clock;

    public IdempotencyFilter(MongoTemplate mongo, ProblemWriter problems, KitWebProperties properties, Clock clock) {
        this.mongo = mongo;
        this.problems = problems;
        this.properties = properties;
        this.clock = clock;
    }

    /** Expires kept answers after the retention period (where the server supports TTL indexes). */
    public void createIndexes() {
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("createdAt", Sort.Direction.ASC)
                    .expire(properties.idempotencyRetention().toSeconds(), TimeUnit.SECONDS));
        } catch (RuntimeException e) {
            log.warn("no TTL index on {}: {}", COLLECTION, e.getMessage());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 255) {
            problems.write(response, problems.problem(request, HttpStatus.BAD_REQUEST, ProblemType.VALIDATION,
                    HEADER + " must be 1 to 255 characters"));
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLargeException e) {
            problems.write(response, problems.problem(request, HttpStatus.CONTENT_TOO_LARGE,
                    ProblemType.PAYLOAD_TOO_LARGE, e.getMessage()));
            return;
        }
        String id = sha256((caller() + "\n" + request.getMethod() + "\n" + request.getRequestURI() + "\n" + key)
                .getBytes(StandardCharsets.UTF_8));
        String requestHash = sha256(concat(body, ("\n" + request.getQueryString()).getBytes(StandardCharsets.UTF_8)));

        Document claim = new Document("_id", id).append("state", "IN_PROGRESS").append("requestHash", requestHash)
                .append("createdAt", java.util.Date.from(clock.instant()));
        try {
            mongo.insert(claim, COLLECTION);
        } catch (DuplicateKeyException seenBefore) {
            if (!takeOverAbandoned(id, requestHash)) {
                answerRepeat(request, response, id, requestHash);
                return;
            }
        }

        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new CachedBody(request, body), recorded);
            if (recorded.getStatus() >= 200 && recorded.getStatus() < 300) {
                keep(id, recorded);
                kept = true;
            }
        } finally {
            if (!kept) {
                mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
            }
            recorded.copyBodyToResponse();
        }
    }

    /**
     * A claim still "in progress" long after any request could have finished belongs to a process that
     * died mid-request (its write, if any, is in the database; its answer is not): the same request
     * with the same key may run again. Only one retrier wins the conditional update.
     */
    private boolean takeOverAbandoned(String id, String requestHash) {
        Query abandoned = Query.query(Criteria.where("_id").is(id).and("state").is("IN_PROGRESS")
                .and("requestHash").is(requestHash).and("createdAt").lt(java.util.Date.from(clock.instant().minus(ABANDONED_AFTER))));
        return mongo.findAndModify(abandoned, new org.springframework.data.mongodb.core.query.Update()
                .set("createdAt", java.util.Date.from(clock.instant())), Document.class, COLLECTION) != null;
    }

    private void answerRepeat(HttpServletRequest request, HttpServletResponse response, String id, String requestHash)
            throws IOException {
        Document earlier = mongo.findById(id, Document.class, COLLECTION);
        if (earlier == null) { // the first attempt failed and was forgotten in between
            problems.write(response, problems.problem(request, HttpStatus.CONFLICT, ProblemType.IDEMPOTENCY_IN_PROGRESS,
                    "retry the request"));
        } else if (!requestHash.equals(earlier.getString("requestHash"))) {
            problems.write(response, problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT,
                    ProblemType.IDEMPOTENCY_KEY_REUSED, HEADER + " was already used for a different request"));
        } else if (!"DONE".equals(earlier.getString("state"))) {
            problems.write(response, problems.problem(request, HttpStatus.CONFLICT, ProblemType.IDEMPOTENCY_IN_PROGRESS,
                    "a request with this " + HEADER + " is still being processed"));
        } else {
            response.setStatus(earlier.getInteger("status"));
            copyHeader(earlier, response, HttpHeaders.CONTENT_TYPE);
            copyHeader(earlier, response, HttpHeaders.LOCATION);
            copyHeader(earlier, response, HttpHeaders.ETAG);
            response.setHeader(REPLAYED, "true");
            byte[] stored = ((org.bson.types.Binary) earlier.get("body")).getData();
            response.setContentLength(stored.length);
            response.getOutputStream().write(stored);
        }
    }

    private void keep(String id, ContentCachingResponseWrapper recorded) {
        Document done = new Document("state", "DONE").append("status", recorded.getStatus())
                .append("body", new org.bson.types.Binary(recorded.getContentAsByteArray()));
        for (String header : new String[] {HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.ETAG}) {
            String value = HttpHeaders.CONTENT_TYPE.equals(header) ? recorded.getContentType() : recorded.getHeader(header);
            if (value != null) {
                done.append(header, value);
            }
        }
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", id), new Document("$set", done));
    }

    private static void copyHeader(Document from, HttpServletResponse to, String header) {
        String value = from.getString(header);
        if (value != null) {
            to.setHeader(header, value);
        }
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read, so the controller can read it again. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

}
