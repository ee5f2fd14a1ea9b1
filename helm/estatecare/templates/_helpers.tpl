{{/* Names, labels and the one workload template every component uses. */}}

{{- define "estatecare.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* <release>-<component>, or just <component> when the release is called estatecare */}}
{{- /* Where callers reach the platform: ingress.publicBaseUrl, else the ingress host, else the gateway in the cluster. */ -}}
{{- define "estatecare.publicBaseUrl" -}}
{{- if .Values.ingress.publicBaseUrl -}}
{{- .Values.ingress.publicBaseUrl -}}
{{- else if .Values.ingress.host -}}
{{- printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host -}}
{{- else -}}
{{- printf "http://%s:%v" (include "estatecare.componentName" (dict "root" . "name" "gateway")) .Values.components.gateway.port -}}
{{- end -}}
{{- end -}}

{{- define "estatecare.componentName" -}}
{{- $root := .root -}}
{{- if eq $root.Release.Name "estatecare" -}}
{{- .name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" $root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "estatecare.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: estatecare
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
{{ include "estatecare.selectorLabels" . }}
{{- end -}}

{{- define "estatecare.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "estatecare.image" -}}
{{- $tag := default .root.Chart.AppVersion .root.Values.image.tag -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .name $tag -}}
{{- end -}}

{{/* Pods of this release, any component */}}
{{- define "estatecare.releasePods" -}}
app.kubernetes.io/part-of: estatecare
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* Egress rules to an external dependency: its ports, to its CIDRs (or anywhere when none are given) */}}
{{- define "estatecare.egressTo" -}}
- ports:
  {{- range .ports }}
    - protocol: TCP
      port: {{ . }}
  {{- end }}
  {{- with .cidrs }}
  to:
    {{- range . }}
    - ipBlock:
        cidr: {{ . }}
    {{- end }}
  {{- end }}
{{- end -}}

{{/* A service owns a database and speaks Kafka; the gateway does neither. */}}
{{- define "estatecare.isService" -}}
{{- if (index .root.Values.components .name).database -}}true{{- end -}}
{{- end -}}

{{/*
How a service reaches its own MongoDB, as env entries: its URI from its Secret, or its servers as a plain URI
(no credentials in it) and its user and password from its Secret as MONGODB_USERNAME and MONGODB_PASSWORD, which
the application hands to the driver as they are: a password needs no URL encoding, whatever characters it holds.
*/}}
{{- define "estatecare.mongodbEnv" -}}
{{- $root := .root -}}
{{- $c := index $root.Values.components .name -}}
{{- $m := $c.mongodb | default dict -}}
- name: MONGODB_DATABASE
  value: {{ $c.database | quote }}
{{- if $m.uriKey }}
- name: MONGODB_URI
  valueFrom:
    secretKeyRef: {name: {{ $m.existingSecret | quote }}, key: {{ $m.uriKey | quote }}}
{{- else if $m.usernameKey }}
{{- $host := $m.host | default $root.Values.mongodb.host -}}
{{- if not $host }}
{{- fail (printf "components.%s.mongodb: the credentials form needs its servers, in components.%s.mongodb.host or mongodb.host" .name .name) }}
{{- end }}
{{- $scheme := $m.scheme | default $root.Values.mongodb.scheme | default "mongodb" -}}
{{- if and (eq $scheme "mongodb+srv") (regexMatch "[,:]" $host) }}
{{- fail (printf "components.%s.mongodb: mongodb+srv takes one host name without a port (its DNS SRV record lists the servers), not %s" .name $host) }}
{{- end }}
{{- $options := $m.options | default $root.Values.mongodb.options }}
- name: MONGODB_USERNAME
  valueFrom:
    secretKeyRef: {name: {{ $m.existingSecret | quote }}, key: {{ $m.usernameKey | quote }}}
- name: MONGODB_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ $m.existingSecret | quote }}, key: {{ $m.passwordKey | quote }}}
- name: MONGODB_URI
  # the service's database in the path; the user is looked up there unless the options name an authSource
  value: {{ printf "%s://%s/%s%s" $scheme $host $c.database (ternary (printf "?%s" $options) "" (ne $options "")) | quote }}
{{- else if $root.Values.mongodb.uri }}
- name: MONGODB_URI
  value: {{ $root.Values.mongodb.uri | quote }}
{{- else }}
{{- fail (printf "components.%s.mongodb: no way to its database. Name its Secret: {existingSecret, uriKey} (the whole URI) or {existingSecret, usernameKey, passwordKey} with mongodb.host; mongodb.uri is the development fallback" .name) }}
{{- end }}
{{- end -}}

{{/* How a service authenticates to the brokers and trusts them (kafka.security), as env entries. */}}
{{- define "estatecare.kafkaEnv" -}}
{{- $root := .root -}}
{{- $c := index $root.Values.components .name -}}
{{- $security := $root.Values.kafka.security -}}
{{- $jaas := $security.sasl.jaasConfigSecret -}}
{{- with $c.kafka }}{{ with .jaasConfigSecret }}{{ $jaas = . }}{{ end }}{{ end -}}
- name: SPRING_KAFKA_SECURITY_PROTOCOL
  value: {{ $security.protocol | quote }}
{{- if hasPrefix "SASL_" $security.protocol }}
- name: SPRING_KAFKA_PROPERTIES_SASL_MECHANISM
  value: {{ required (printf "kafka.security.sasl.mechanism is required with %s" $security.protocol) $security.sasl.mechanism | quote }}
{{- if not $jaas.name }}
{{- fail (printf "components.%s: %s needs the Kafka login, in kafka.security.sasl.jaasConfigSecret or components.%s.kafka.jaasConfigSecret" .name $security.protocol .name) }}
{{- end }}
- name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG
  valueFrom:
    secretKeyRef: {name: {{ $jaas.name | quote }}, key: {{ $jaas.key | quote }}}
{{- end }}
{{- with $security.truststore }}
{{- if .location }}
{{- if not (hasSuffix "SSL" $security.protocol) }}
{{- fail (printf "kafka.security.truststore is for SSL or SASL_SSL, not %s" $security.protocol) }}
{{- end }}
# a Spring resource: a plain path would be looked up on the class path
- name: SPRING_KAFKA_SSL_TRUST_STORE_LOCATION
  value: {{ printf "file:%s" .location | quote }}
- name: SPRING_KAFKA_SSL_TRUST_STORE_TYPE
  value: {{ .type | quote }}
{{- if and (eq .type "PEM") .passwordSecret.name }}
{{- fail "kafka.security.truststore: a PEM truststore has no password and Kafka refuses one; empty passwordSecret.name" }}
{{- end }}
{{- if .passwordSecret.name }}
- name: SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ .passwordSecret.name | quote }}, key: {{ required "kafka.security.truststore.passwordSecret.key is required with its name" .passwordSecret.key | quote }}}
{{- end }}
{{- else if .passwordSecret.name }}
{{- fail "kafka.security.truststore.passwordSecret is set without the truststore's location" }}
{{- end }}
{{- end }}
{{- end -}}

{{/* The variables the chart sets on a component, as a YAML list; the user's env may replace any by name. */}}
{{- define "estatecare.managedEnv" -}}
{{- $root := .root -}}
{{- $c := index $root.Values.components .name -}}
- name: SERVER_PORT
  value: {{ $c.port | quote }}
- name: MANAGEMENT_SERVER_PORT
  value: {{ $c.managementPort | quote }}
- name: SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE
  value: {{ printf "%vs" $root.Values.lifecycle.shutdownTimeoutSeconds | quote }}
{{- if include "estatecare.isService" . }}
{{ include "estatecare.mongodbEnv" . }}
- name: ESTATECARE_EVENTS_PARTITIONS
  value: {{ $root.Values.kafka.topics.partitions | quote }}
- name: ESTATECARE_EVENTS_REPLICAS
  value: {{ $root.Values.kafka.topics.replicas | quote }}
{{ include "estatecare.kafkaEnv" . }}
{{- else if $c.mongodb }}
{{- fail (printf "components.%s.mongodb: %s has no database" .name .name) }}
{{- else if $c.kafka }}
{{- fail (printf "components.%s.kafka: %s speaks no Kafka" .name .name) }}
{{- end }}
{{- if eq .name "gateway" }}
{{- range $name, $other := $root.Values.components }}
{{- if and $other.enabled $other.gatewayKey }}
- name: ESTATECARE_GATEWAY_SERVICES_{{ $other.gatewayKey | upper | replace "-" "_" }}_URI
  value: {{ printf "http://%s:%v" (include "estatecare.componentName" (dict "root" $root "name" $name)) $other.port | quote }}
{{- end }}
{{- end }}
- name: ESTATECARE_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND
  value: {{ $root.Values.gateway.rateLimit.requestsPerSecond | int64 | quote }}
- name: ESTATECARE_GATEWAY_RATE_LIMIT_BURST
  value: {{ $root.Values.gateway.rateLimit.burst | int64 | quote }}
{{- $named := dict }}
{{- range $i, $client := ($root.Values.gateway.rateLimit.clients | default list) }}
{{- if hasKey $named $client.clientId }}
{{- fail (printf "gateway.rateLimit.clients names %s twice: which limit it has would depend on the order" $client.clientId) }}
{{- end }}
{{- $_ := set $named $client.clientId true }}
- name: ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_{{ $i }}_CLIENT_ID
  value: {{ $client.clientId | quote }}
- name: ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_{{ $i }}_REQUESTS_PER_SECOND
  value: {{ $client.requestsPerSecond | int64 | quote }}
- name: ESTATECARE_GATEWAY_RATE_LIMIT_CLIENTS_{{ $i }}_BURST
  value: {{ $client.burst | int64 | quote }}
{{- end }}
- name: ESTATECARE_CORS_ALLOWED_ORIGINS
  value: {{ $root.Values.gateway.corsAllowedOrigins | quote }}
{{- end }}
{{- if eq .name "complaints" }}
- name: ESTATECARE_OPEN311_PUBLIC_BASE_URL
  value: {{ include "estatecare.publicBaseUrl" $root | quote }}
{{- end }}
{{- /* production-like (no shared development URI): the deployment's keys must come from its Secrets too */}}
{{- if and (eq .name "assessments") (not $root.Values.mongodb.uri) (not $root.Values.surveys.householdKeySecret) }}
{{- fail "surveys.householdKeySecret is empty in a production installation (mongodb.uri is empty): assessments would hash survey households with its development key. Create a Secret with a random key of at least 32 bytes (under surveys.householdKeySecretKey) and set surveys.householdKeySecret" }}
{{- end }}
{{- if and (eq .name "webhooks") (not $root.Values.mongodb.uri) (not $root.Values.webhooks.secretKeySecret) }}
{{- fail "webhooks.secretKeySecret is empty in a production installation (mongodb.uri is empty): webhooks would seal the departments' signing secrets under its development key. Create a Secret with a random key of at least 32 bytes (under webhooks.secretKeySecretKey) and set webhooks.secretKeySecret" }}
{{- end }}
{{- if and (eq .name "assessments") $root.Values.surveys.householdKeySecret }}
- name: ESTATECARE_SURVEY_HOUSEHOLD_KEY
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.surveys.householdKeySecret | quote }}, key: {{ $root.Values.surveys.householdKeySecretKey | quote }}}
{{- end }}
{{- if and (eq .name "webhooks") $root.Values.webhooks.secretKeySecret }}
- name: ESTATECARE_WEBHOOKS_SECRET_KEY
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.webhooks.secretKeySecret | quote }}, key: {{ $root.Values.webhooks.secretKeySecretKey | quote }}}
{{- end }}
{{- end -}}

{{/*
A component's whole env: the chart's variables (one the user names is replaced in place, so what refers to it
still follows it), then the user's references (Secret, ConfigMap), then the user's plain values, which may
use any variable before them as $(NAME). The user's env is the global one with the component's on top.
*/}}
{{- define "estatecare.env" -}}
{{- $root := .root -}}
{{- $c := index $root.Values.components .name -}}
{{- $user := dict -}}
{{- range $key, $value := $root.Values.env }}{{ $_ := set $user $key $value }}{{ end -}}
{{- range $key, $value := $c.env }}{{ $_ := set $user $key $value }}{{ end -}}
{{- $entries := list -}}
{{- $managed := dict -}}
{{- range (include "estatecare.managedEnv" . | fromYamlArray) -}}
{{- $_ := set $managed .name true -}}
{{- if hasKey $user .name -}}
{{- $entries = append $entries (include "estatecare.envEntry" (dict "name" .name "value" (get $user .name)) | fromYaml) -}}
{{- else -}}
{{- $entries = append $entries . -}}
{{- end -}}
{{- end -}}
{{- range $key, $value := $user -}}
{{- if and (not (hasKey $managed $key)) (kindIs "map" $value) -}}
{{- $entries = append $entries (include "estatecare.envEntry" (dict "name" $key "value" $value) | fromYaml) -}}
{{- end -}}
{{- end -}}
{{- range $key, $value := $user -}}
{{- if and (not (hasKey $managed $key)) (not (kindIs "map" $value)) -}}
{{- $entries = append $entries (include "estatecare.envEntry" (dict "name" $key "value" $value) | fromYaml) -}}
{{- end -}}
{{- end -}}
{{- /* The JVM prints JVM options variables to stderr at start ("Picked up JDK_JAVA_OPTIONS: ..."), so one
that expands a Secret's value puts the secret in the log. */ -}}
{{- $secrets := dict -}}
{{- range $entries }}{{ if and .valueFrom .valueFrom.secretKeyRef }}{{ $_ := set $secrets .name true }}{{ end }}{{ end -}}
{{- range $entries -}}
{{- if and (regexMatch "JAVA_OPTIONS$|^JAVA_TOOL_OPTIONS$" .name) .value -}}
{{- $options := .name -}}
{{- range (regexFindAll "\\$\\([A-Za-z_][A-Za-z0-9_]*\\)" .value -1) -}}
{{- if hasKey $secrets (trimSuffix ")" (trimPrefix "$(" .)) -}}
{{- fail (printf "%s expands %s, which comes from a Secret: the JVM prints %s to its log at start. Pass the secret another way (a variable or file the application reads)" $options . $options) -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}
{{- toYaml $entries -}}
{{- end -}}

{{/* One user env entry: a plain value (as a string) or its valueFrom reference. */}}
{{- define "estatecare.envEntry" -}}
name: {{ .name }}
{{- if kindIs "map" .value }}
valueFrom:
  {{- toYaml .value.valueFrom | nindent 2 }}
{{- else }}
{{- $value := .value }}
{{- /* YAML numbers arrive as floats: 1000000 would read 1e+06 */}}
{{- if and (kindIs "float64" $value) (eq $value (floor $value)) }}{{ $value = int64 $value }}{{ end }}
value: {{ toString $value | quote }}
{{- end }}
{{- end -}}

{{/*
The disruption budget of a component. It never blocks a node drain: where the fewest replicas there can be
(replicas, or autoscaling.minReplicas) are minAvailable or fewer, no pod could ever be evicted, so one at a
time may go instead.
*/}}
{{- define "estatecare.disruptionBudget" -}}
{{- $c := index .root.Values.components .name -}}
{{- $fewest := int (ternary $c.autoscaling.minReplicas $c.replicas $c.autoscaling.enabled) -}}
{{- with $c.podDisruptionBudget -}}
{{- if hasKey . "minAvailable" -}}
{{- if gt $fewest (int .minAvailable) -}}
minAvailable: {{ .minAvailable }}
{{- else -}}
# minAvailable {{ .minAvailable }} at {{ $fewest }} replica(s) would block every drain
maxUnavailable: 1
{{- end -}}
{{- else -}}
maxUnavailable: {{ .maxUnavailable }}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
The whole workload of one component: ServiceAccount, Deployment, its Service (the application's port only)
and its management Service (the actuators' port, for Prometheus), HorizontalPodAutoscaler,
PodDisruptionBudget, NetworkPolicy and (optionally) ServiceMonitor. Called from the component's own
template file with (dict "root" $ "name" "<component>").
*/}}
{{- define "estatecare.component" -}}
{{- $root := .root -}}
{{- $c := index $root.Values.components .name -}}
{{- if $c.enabled }}
{{- $fullname := include "estatecare.componentName" . -}}
{{- $managementName := include "estatecare.componentName" (dict "root" $root "name" (printf "%s-management" .name)) -}}
{{- $ctx := . -}}
{{- $lifecycle := $root.Values.lifecycle -}}
{{- /* the shutdown timeout is per phase: the web server's may use it whole, then the Kafka listener containers and
the rest stop, within the 15 s left */}}
{{- if lt (int $lifecycle.terminationGracePeriodSeconds) (add $lifecycle.preStopSeconds $lifecycle.shutdownTimeoutSeconds 15) }}
{{- fail (printf "lifecycle.terminationGracePeriodSeconds (%v) must be at least preStopSeconds (%v) + shutdownTimeoutSeconds (%v, the web server's phase) + 15 for the later shutdown phases, or Kubernetes kills the pod mid-shutdown" $lifecycle.terminationGracePeriodSeconds $lifecycle.preStopSeconds $lifecycle.shutdownTimeoutSeconds) }}
{{- end }}
{{- if $root.Values.serviceAccount.create }}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "estatecare.labels" $ctx | nindent 4 }}
  {{- with $root.Values.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: {{ $root.Values.serviceAccount.automountToken }}
{{- end }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "estatecare.labels" $ctx | nindent 4 }}
spec:
  {{- if not $c.autoscaling.enabled }}
  replicas: {{ $c.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "estatecare.selectorLabels" $ctx | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
  template:
    metadata:
      labels:
        {{- include "estatecare.labels" $ctx | nindent 8 }}
      annotations:
        checksum/config: {{ include (print $root.Template.BasePath "/configmap.yaml") $root | sha256sum }}
        {{- with $root.Values.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ if $root.Values.serviceAccount.create }}{{ $fullname }}{{ else }}default{{ end }}
      automountServiceAccountToken: {{ $root.Values.serviceAccount.automountToken }}
      {{- with $root.Values.image.pullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        {{- toYaml $root.Values.podSecurityContext | nindent 8 }}
      # the preStop pause, Spring's graceful shutdown phases and 15 s to spare (lifecycle in values.yaml)
      terminationGracePeriodSeconds: {{ $lifecycle.terminationGracePeriodSeconds }}
      containers:
        - name: {{ .name }}
          image: {{ include "estatecare.image" $ctx }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $c.port }}
              protocol: TCP
            # the actuators: probes and Prometheus only, behind no Ingress or route
            - name: management
              containerPort: {{ required (printf "components.%s.managementPort is required" .name) $c.managementPort }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "estatecare.componentName" (dict "root" $root "name" "config") }}
            {{- with concat $root.Values.extraEnvFrom ($c.extraEnvFrom | default list) }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
          env:
            {{- include "estatecare.env" $ctx | nindent 12 }}
          {{- if gt (int $lifecycle.preStopSeconds) 0 }}
          lifecycle:
            # keep serving while the pod's address leaves the Services and the ingress controller; the image
            # has a shell's sleep (the preStop sleep action needs Kubernetes 1.30)
            preStop:
              exec:
                command: ["sleep", "{{ $lifecycle.preStopSeconds }}"]
          {{- end }}
          startupProbe:
            httpGet: {path: /actuator/health/liveness, port: management}
            periodSeconds: {{ $root.Values.probes.startup.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.startup.failureThreshold }}
            timeoutSeconds: {{ $root.Values.probes.startup.timeoutSeconds }}
          livenessProbe:
            httpGet: {path: /actuator/health/liveness, port: management}
            periodSeconds: {{ $root.Values.probes.liveness.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.liveness.failureThreshold }}
            timeoutSeconds: {{ $root.Values.probes.liveness.timeoutSeconds }}
          readinessProbe:
            httpGet: {path: /actuator/health/readiness, port: management}
            periodSeconds: {{ $root.Values.probes.readiness.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.readiness.failureThreshold }}
            timeoutSeconds: {{ $root.Values.probes.readiness.timeoutSeconds }}
          resources:
            {{- toYaml $c.resources | nindent 12 }}
          securityContext:
            {{- toYaml $root.Values.securityContext | nindent 12 }}
          volumeMounts:
            # the root filesystem is read-only; the JVM and Tomcat/Netty write only here
            - name: tmp
              mountPath: /tmp
            {{- with concat $root.Values.extraVolumeMounts ($c.extraVolumeMounts | default list) }}
            {{- toYaml . | nindent 12 }}
            {{- end }}
      volumes:
        - name: tmp
          emptyDir: {sizeLimit: 256Mi}
        {{- with concat $root.Values.extraVolumes ($c.extraVolumes | default list) }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with $root.Values.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.affinity }}
      affinity:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "estatecare.selectorLabels" $ctx | nindent 14 }}
---
# The application's port: what the gateway routes to (and, for the gateway, the Ingress). Never the actuators.
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "estatecare.labels" $ctx | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "estatecare.selectorLabels" $ctx | nindent 4 }}
  ports:
    - name: http
      port: {{ $c.port }}
      targetPort: http
      protocol: TCP
---
# The actuators' port, for Prometheus (its ServiceMonitor selects this Service) and operators
# (kubectl port-forward); only the monitoring namespace may reach it.
apiVersion: v1
kind: Service
metadata:
  name: {{ $managementName }}
  labels:
    {{- include "estatecare.labels" $ctx | nindent 4 }}
    app.kubernetes.io/component: management
spec:
  type: ClusterIP
  selector:
    {{- include "estatecare.selectorLabels" $ctx | nindent 4 }}
  ports:
    - name: management
      port: {{ $c.managementPort }}
      targetPort: management
      protocol: TCP
{{- if $c.autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "estatecare.labels" $ctx | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullname }}
  minReplicas: {{ $c.autoscaling.minReplicas }}
  maxReplicas: {{ $c.autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $c.autoscaling.targetCPUUtilizationPercentage }}
  {{- with ($c.autoscaling.behavior | default $root.Values.autoscaling.behavior) }}
  behavior:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{- if $c.podDisruptionBudget }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "estatecare.labels" $ctx | nindent 4 }}
spec:
  {{- include "estatecare.disruptionBudget" $ctx | nindent 2 }}
  selector:
    matchLabels:
      {{- include "estatecare.selectorLabels" $ctx | nindent 6 }}
{{- end }}
{{- if $root.Values.networkPolicy.enabled }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "estatecare.labels" $ctx | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "estatecare.selectorLabels" $ctx | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    # the application's port: from the ingress controller (gateway) or the gateway (services)
    - from:
        {{- if eq .name "gateway" }}
        - namespaceSelector:
            {{- toYaml $root.Values.networkPolicy.ingressNamespaceSelector | nindent 12 }}
        {{- else }}
        - podSelector:
            matchLabels:
              {{- include "estatecare.selectorLabels" (dict "root" $root "name" "gateway") | nindent 14 }}
        {{- end }}
      ports:
        - protocol: TCP
          port: {{ $c.port }}
    # the actuators' port: from Prometheus only
    - from:
        - namespaceSelector:
            {{- toYaml $root.Values.networkPolicy.prometheusNamespaceSelector | nindent 12 }}
      ports:
        - protocol: TCP
          port: {{ $c.managementPort }}
  egress:
    # DNS
    - ports:
        - {protocol: UDP, port: 53}
        - {protocol: TCP, port: 53}
    # the identity provider's keys (every component checks tokens)
    {{- include "estatecare.egressTo" $root.Values.networkPolicy.egress.identity | nindent 4 }}
    {{- if $root.Values.tracing.otlpEndpoint }}
    # the trace collector
    {{- include "estatecare.egressTo" $root.Values.networkPolicy.egress.tracing | nindent 4 }}
    {{- end }}
    {{- if eq .name "gateway" }}
    # the services it routes to, on their application's port
    {{- range $name, $other := $root.Values.components }}
    {{- if and $other.enabled $other.gatewayKey }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "estatecare.selectorLabels" (dict "root" $root "name" $name) | nindent 14 }}
      ports:
        - protocol: TCP
          port: {{ $other.port }}
    {{- end }}
    {{- end }}
    {{- else }}
    {{- include "estatecare.egressTo" $root.Values.networkPolicy.egress.mongodb | nindent 4 }}
    {{- include "estatecare.egressTo" $root.Values.networkPolicy.egress.kafka | nindent 4 }}
    {{- if eq .name "webhooks" }}
    # the departments' endpoints: public addresses only
    {{- with $root.Values.networkPolicy.egress.webhookReceivers }}
    - ports:
        {{- range .ports }}
        - protocol: TCP
          port: {{ . }}
        {{- end }}
      to:
        - ipBlock:
            cidr: {{ .cidr }}
            except:
              {{- toYaml .except | nindent 14 }}
    {{- end }}
    {{- end }}
    {{- end }}
{{- end }}
{{- if $root.Values.metrics.serviceMonitor.enabled }}
---
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "estatecare.labels" $ctx | nindent 4 }}
    {{- with $root.Values.metrics.serviceMonitor.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  # job = the component's name whatever the release is called: alerts and dashboards select on it
  jobLabel: app.kubernetes.io/name
  # the management Service, not the application's
  selector:
    matchLabels:
      {{- include "estatecare.selectorLabels" $ctx | nindent 6 }}
      app.kubernetes.io/component: management
  endpoints:
    - port: management
      path: /actuator/prometheus
      interval: {{ $root.Values.metrics.serviceMonitor.interval }}
{{- end }}
{{- end }}
{{- end -}}
