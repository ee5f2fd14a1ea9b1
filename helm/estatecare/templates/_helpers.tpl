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

{{/*
The whole workload of one component: ServiceAccount, Deployment, Service, HorizontalPodAutoscaler,
PodDisruptionBudget, NetworkPolicy and (optionally) ServiceMonitor. Called from the component's own
template file with (dict "root" $ "name" "<component>").
*/}}
{{- define "estatecare.component" -}}
{{- $root := .root -}}
{{- $c := index $root.Values.components .name -}}
{{- if $c.enabled }}
{{- $fullname := include "estatecare.componentName" . -}}
{{- $ctx := . -}}
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
      terminationGracePeriodSeconds: 40
      containers:
        - name: {{ .name }}
          image: {{ include "estatecare.image" $ctx }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $c.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "estatecare.componentName" (dict "root" $root "name" "config") }}
          env:
            - name: SERVER_PORT
              value: {{ $c.port | quote }}
            {{- if $c.database }}
            - name: MONGODB_DATABASE
              value: {{ $c.database | quote }}
            {{- if $root.Values.mongodb.existingSecret }}
            - name: MONGODB_URI
              valueFrom:
                secretKeyRef:
                  name: {{ $root.Values.mongodb.existingSecret }}
                  key: {{ $root.Values.mongodb.existingSecretKey }}
            {{- else }}
            - name: MONGODB_URI
              value: {{ required "mongodb.uri or mongodb.existingSecret is required" $root.Values.mongodb.uri | quote }}
            {{- end }}
            # the topics a service declares (the brokers create none by themselves)
            - name: ESTATECARE_EVENTS_PARTITIONS
              value: {{ $root.Values.kafka.topics.partitions | quote }}
            - name: ESTATECARE_EVENTS_REPLICAS
              value: {{ $root.Values.kafka.topics.replicas | quote }}
            {{- end }}
            {{- if eq .name "gateway" }}
            {{- range $name, $other := $root.Values.components }}
            {{- if and $other.enabled $other.gatewayKey }}
            - name: ESTATECARE_GATEWAY_SERVICES_{{ $other.gatewayKey | upper | replace "-" "_" }}_URI
              value: {{ printf "http://%s:%v" (include "estatecare.componentName" (dict "root" $root "name" $name)) $other.port | quote }}
            {{- end }}
            {{- end }}
            - name: ESTATECARE_GATEWAY_RATE_LIMIT_REQUESTS_PER_SECOND
              value: {{ $root.Values.gateway.rateLimit.requestsPerSecond | quote }}
            - name: ESTATECARE_GATEWAY_RATE_LIMIT_BURST
              value: {{ $root.Values.gateway.rateLimit.burst | quote }}
            - name: ESTATECARE_CORS_ALLOWED_ORIGINS
              value: {{ $root.Values.gateway.corsAllowedOrigins | quote }}
            {{- end }}
            {{- if eq .name "complaints" }}
            - name: ESTATECARE_OPEN311_PUBLIC_BASE_URL
              value: {{ include "estatecare.publicBaseUrl" $root | quote }}
            {{- end }}
            {{- if and (eq .name "assessments") $root.Values.surveys.householdKeySecret }}
            - name: ESTATECARE_SURVEY_HOUSEHOLD_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ $root.Values.surveys.householdKeySecret }}
                  key: {{ $root.Values.surveys.householdKeySecretKey }}
            {{- end }}
            {{- range $key, $value := $c.env }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
          startupProbe:
            httpGet: {path: /actuator/health/liveness, port: http}
            periodSeconds: {{ $root.Values.probes.startup.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.startup.failureThreshold }}
          livenessProbe:
            httpGet: {path: /actuator/health/liveness, port: http}
            periodSeconds: {{ $root.Values.probes.liveness.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.liveness.failureThreshold }}
          readinessProbe:
            httpGet: {path: /actuator/health/readiness, port: http}
            periodSeconds: {{ $root.Values.probes.readiness.periodSeconds }}
            failureThreshold: {{ $root.Values.probes.readiness.failureThreshold }}
          resources:
            {{- toYaml $c.resources | nindent 12 }}
          securityContext:
            {{- toYaml $root.Values.securityContext | nindent 12 }}
          volumeMounts:
            # the root filesystem is read-only; the JVM and Tomcat/Netty write only here
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {sizeLimit: 256Mi}
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
{{- end }}
{{- with $c.podDisruptionBudget }}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "estatecare.labels" $ctx | nindent 4 }}
spec:
  minAvailable: {{ .minAvailable }}
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
    - from:
        {{- if eq .name "gateway" }}
        - namespaceSelector:
            {{- toYaml $root.Values.networkPolicy.ingressNamespaceSelector | nindent 12 }}
        {{- else }}
        - podSelector:
            matchLabels:
              {{- include "estatecare.selectorLabels" (dict "root" $root "name" "gateway") | nindent 14 }}
        {{- end }}
        - namespaceSelector:
            {{- toYaml $root.Values.networkPolicy.prometheusNamespaceSelector | nindent 12 }}
      ports:
        - protocol: TCP
          port: {{ $c.port }}
  egress:
    # DNS
    - ports:
        - {protocol: UDP, port: 53}
        - {protocol: TCP, port: 53}
    # the identity provider's keys (every component checks tokens)
    {{- include "estatecare.egressTo" $root.Values.networkPolicy.egress.identity | nindent 4 }}
    {{- if eq .name "gateway" }}
    # the services it routes to
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
  selector:
    matchLabels:
      {{- include "estatecare.selectorLabels" $ctx | nindent 6 }}
  endpoints:
    - port: http
      path: /actuator/prometheus
      interval: {{ $root.Values.metrics.serviceMonitor.interval }}
{{- end }}
{{- end }}
{{- end -}}
