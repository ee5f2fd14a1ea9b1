package org.estatecare.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small OpenID issuer for development and tests, shaped like a Keycloak realm
 * ({@code /realms/estatecare}): discovery document, JWKS, and a token endpoint taking the password
 * grant for the users in {@code dev-users.json} and the client-credentials grant for the clients with
 * a service account (the department integrations, the demo data loader) with their development
 * secrets. Tokens carry what Keycloak's do for this realm: {@code realm_access.roles}, the scope claims
 * {@code street}, {@code community}, {@code company_id}, {@code department}, and
 * {@code aud = estatecare-api}. It binds 127.0.0.1 only and is never part of a deployment.
 */
public final class DevTokenIssuer implements AutoCloseable {

    public static final String AUDIENCE = "estatecare-api";
    public static final String REALM_PATH = "/realms/estatecare";
    public static final String DEV_PASSWORD = "demo";
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;
    private final Map<String, Map<String, Object>> users;
    private final Map<String, Map<String, Object>> serviceAccounts;

    private DevTokenIssuer(RSAKey key, int port) throws IOException {
        this.key = key;
        this.server = HttpServer.create(new InetSocketAddress(Ports.LOOPBACK, port), 0);
        this.issuer = "http://" + Ports.LOOPBACK + ":" + server.getAddress().getPort() + REALM_PATH;
        this.users = new LinkedHashMap<>(loadUsers(RealmFiles.DEVELOPMENT));
        // a service account signs in with its client's secret, never with a password
        this.users.values().removeIf(claims -> claims.get("client") != null);
        this.serviceAccounts = loadServiceAccounts();
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "dev-token-issuer");
            t.setDaemon(true);
            return t;
        }));
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", this::discovery);
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", this::jwks);
        server.createContext(REALM_PATH + "/protocol/openid-connect/token", this::token);
        server.start();
    }

    /** Starts on {@code port} with a signing key kept in {@code keyFile}, so tokens survive restarts. */
    public static DevTokenIssuer start(int port, Path keyFile) {
        Ports.requireFree(port, "development token issuer");
        try {
            RSAKey key;
            if (Files.exists(keyFile)) {
                key = RSAKey.parse(Files.readString(keyFile));
            } else {
                key = newKey();
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                Files.writeString(keyFile, key.toJSONString());
            }
            return new DevTokenIssuer(key, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable key file " + keyFile, e);
        }
    }

    /** Starts on a port the system chooses free, with a fresh key that is not kept. */
    public static DevTokenIssuer startEphemeral() {
        try {
            return new DevTokenIssuer(newKey(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public String jwksUri() {
        return issuer + "/protocol/openid-connect/certs";
    }

    public String tokenEndpoint() {
        return issuer + "/protocol/openid-connect/token";
    }

    /** A token for one of the development users. */
    public String tokenFor(String username) {
        Map<String, Object> user = users.get(username);
        if (user == null) {
            throw new IllegalArgumentException("no development user " + username + "; known: " + users.keySet());
        }
        return sign(claimsFor(username, user, Instant.now(), TOKEN_LIFETIME).build(), key);
    }

    /**
     * A token for any caller a test needs: roles plus scope claims ({@code street}, {@code community},
     * {@code company_id}, {@code department}).
     */
    public String token(String subject, List<String> roles, Map<String, String> scope) {
        Map<String, Object> user = new HashMap<>(scope);
        user.put("roles", roles);
        return sign(claimsFor(subject, user, Instant.now(), TOKEN_LIFETIME).build(), key);
    }

    /** Claims as this issuer would sign them, for tests that tamper with one thing at a time. */
    public JWTClaimsSet.Builder claims(String subject, List<String> roles, Instant issuedAt, Duration lifetime) {
        return claimsFor(subject, Map.of("roles", roles), issuedAt, lifetime);
    }

    /** Signs with this issuer's key. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** Signs with a key nobody trusts, to prove forged tokens are refused. */
    public static String signWithForeignKey(JWTClaimsSet claims) {
        return sign(claims, newKey());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private JWTClaimsSet.Builder claimsFor(String subject, Map<String, Object> user, Instant issuedAt, Duration lifetime) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.nameUUIDFromBytes(subject.getBytes(StandardCharsets.UTF_8)).toString())
                .audience(AUDIENCE)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString())
                .claim("azp", "estatecare-cli")
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", user.getOrDefault("roles", List.of())));
        for (String scopeClaim : List.of("street", "community", "company_id", "department")) {
            if (user.get(scopeClaim) != null) {
                claims.claim(scopeClaim, user.get(scopeClaim));
            }
        }
        return claims;
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The users of one realm file ({@code deploy/keycloak}), reduced to what a token carries: roles, the
     * scope claims, and for a service account its client.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> loadUsers(String resource) {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (Object entry : (List<Object>) RealmFiles.json(resource).getOrDefault("users", List.of())) {
            Map<String, Object> user = (Map<String, Object>) entry;
            Map<String, Object> claims = new HashMap<>();
            claims.put("roles", user.getOrDefault("realmRoles", List.of()));
            Map<String, Object> attributes = (Map<String, Object>) user.getOrDefault("attributes", Map.of());
            attributes.forEach((name, values) -> claims.put(name, ((List<Object>) values).get(0)));
            claims.put("client", user.get("serviceAccountClientId"));
            byName.put((String) user.get("username"), claims);
        }
        return byName;
    }

    /**
     * The confidential clients with a service account, of the realm (the department integrations) and
     * of the development additions (the demo data loader): their development secret (the default of the
     * {@code ${VAR:default}} placeholder) and the account's claims.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> loadServiceAccounts() {
        Map<String, Map<String, Object>> accounts = new LinkedHashMap<>();
        Map<String, Map<String, Object>> byUser = new LinkedHashMap<>();
        for (String file : List.of(RealmFiles.REALM, RealmFiles.DEVELOPMENT)) {
            byUser.putAll(loadUsers(file));
        }
        List<Object> clients = (List<Object>) RealmFiles.merged().get("clients");
        for (Object entry : clients) {
            Map<String, Object> client = (Map<String, Object>) entry;
            String secret = (String) client.get("secret");
            if (Boolean.TRUE.equals(client.get("serviceAccountsEnabled")) && secret != null) {
                String clientId = (String) client.get("clientId");
                byUser.values().stream().filter(claims -> clientId.equals(claims.get("client"))).findFirst()
                        .ifPresent(claims -> {
                            Map<String, Object> account = new HashMap<>(claims);
                            account.put("secret", RealmFiles.resolve(secret));
                            accounts.put(clientId, account);
                        });
            }
        }
        return accounts;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", jwksUri());
        document.put("token_endpoint", tokenEndpoint());
        document.put("grant_types_supported", List.of("password", "client_credentials"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("subject_types_supported", List.of("public"));
        document.put("response_types_supported", List.of("token"));
        respond(exchange, 200, JSONObjectUtils.toJSONString(document));
    }

    private void jwks(HttpExchange exchange) throws IOException {
        respond(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    private void token(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "{\"error\":\"invalid_request\"}");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String username = form.getOrDefault("username", "");
        if ("client_credentials".equals(form.get("grant_type"))) {
            Map<String, Object> account = serviceAccounts.get(form.getOrDefault("client_id", ""));
            if (account == null || !account.get("secret").equals(form.get("client_secret"))) {
                respond(exchange, 401, "{\"error\":\"unauthorized_client\"}");
            } else {
                respond(exchange, 200, JSONObjectUtils.toJSONString(Map.of(
                        "access_token", sign(claimsFor("service-account-" + form.get("client_id"), account, Instant.now(),
                                TOKEN_LIFETIME).claim("azp", form.get("client_id")).build(), key),
                        "token_type", "Bearer",
                        "expires_in", TOKEN_LIFETIME.toSeconds())));
            }
        } else if (!"password".equals(form.get("grant_type"))) {
            respond(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        } else if (!users.containsKey(username) || !DEV_PASSWORD.equals(form.get("password"))) {
            respond(exchange, 401, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");
        } else {
            respond(exchange, 200, JSONObjectUtils.toJSONString(Map.of(
                    "access_token", tokenFor(username),
                    "token_type", "Bearer",
                    "expires_in", TOKEN_LIFETIME.toSeconds())));
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
