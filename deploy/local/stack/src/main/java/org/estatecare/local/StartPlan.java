package org.estatecare.local;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Components started side by side: each as soon as the components it needs are ready, never before,
 * never later. One line per component as it becomes ready, numbered in the order they do, with how
 * long it took and where it serves. The first component that fails stops the start: what still
 * starts is interrupted, what has not started never does, and {@link #run()} throws with that
 * component's name and reason.
 */
final class StartPlan {

    /** What a step started, and what to show about it. */
    record Started<T>(T value, String detail) {
    }

    @FunctionalInterface
    interface Action<T> {
        Started<T> start() throws Exception;
    }

    /** One component of the plan; its value once it is ready. */
    static final class Step<T> {
        private final String name;
        private final List<Step<?>> needs;
        private final Action<T> action;
        private final boolean optional;
        private final CompletableFuture<T> ready = new CompletableFuture<>();
        private volatile Thread runner;
        private volatile RuntimeException failure;

        private Step(String name, List<Step<?>> needs, Action<T> action, boolean optional) {
            this.name = name;
            this.needs = needs;
            this.action = action;
            this.optional = optional;
        }

        /** Why an optional step failed. */
        Optional<RuntimeException> failure() {
            return Optional.ofNullable(failure);
        }

        String name() {
            return name;
        }

        /** Its value; only to be asked by a step that needs this one (or after {@link StartPlan#run()}). */
        T value() {
            return ready.join();
        }
    }

    private final PrintStream out;
    private final List<Step<?>> steps = new ArrayList<>();
    private final Set<String> running = new LinkedHashSet<>();
    private final CompletableFuture<Void> failed = new CompletableFuture<>();
    private final long begin = System.nanoTime();
    /** On a terminal a last line says what is still starting, rewritten as components become ready. */
    private final boolean interactive;
    private int done;
    private volatile boolean cancelled;

    StartPlan(PrintStream out, boolean interactive) {
        this.out = out;
        this.interactive = interactive;
    }

    /** A component that starts once every one of {@code needs} is ready. */
    <T> Step<T> add(String name, Collection<? extends Step<?>> needs, Action<T> action) {
        Step<T> step = new Step<>(name, List.copyOf(needs), action, false);
        steps.add(step);
        return step;
    }

    /** A component the platform serves without: its failure is reported and kept, and the start goes on. */
    <T> Step<T> addOptional(String name, Collection<? extends Step<?>> needs, Action<T> action) {
        Step<T> step = new Step<>(name, List.copyOf(needs), action, true);
        steps.add(step);
        return step;
    }

    <T> Step<T> add(String name, Action<T> action) {
        return add(name, List.of(), action);
    }

    /** Starts every step as its needs allow and returns once all are ready; the first failure is thrown. */
    void run() {
        for (Step<?> step : steps) {
            CompletableFuture.allOf(step.needs.stream().map(n -> n.ready).toArray(CompletableFuture[]::new))
                    .thenRunAsync(() -> execute(step), command -> {
                        Thread thread = new Thread(command, "start " + step.name);
                        thread.setDaemon(true);
                        thread.start();
                    })
                    .exceptionally(needFailed -> {
                        step.ready.completeExceptionally(needFailed);
                        return null;
                    });
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(steps.stream().map(s -> s.ready).toArray(CompletableFuture[]::new));
        try {
            CompletableFuture.anyOf(all, failed).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            clearStatus();
        }
    }

    /**
     * Interrupts what is still starting and waits (up to {@code patience}) until those steps gave up, so
     * that whatever stops the started components afterwards finds none of them half started.
     */
    void cancel(java.time.Duration patience) {
        cancelled = true;
        List<Thread> runners = steps.stream().map(s -> s.runner).filter(t -> t != null && t != Thread.currentThread()).toList();
        runners.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + patience.toNanos();
        for (Thread runner : runners) {
            try {
                runner.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private <T> void execute(Step<T> step) {
        if (cancelled || failed.isDone()) {
            step.ready.cancel(false);
            return;
        }
        step.runner = Thread.currentThread();
        starting(step.name);
        long started = System.nanoTime();
        try {
            Started<T> result = step.action.start();
            String where = result.value() instanceof String text ? text + "  " + result.detail() : result.detail();
            report(step.name, String.format("ready in %4.1f s   %s", (System.nanoTime() - started) / 1e9, where.strip()));
            step.ready.complete(result.value());
        } catch (Exception e) {
            // the components' own errors name them and say where to look; anything else is given the name
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(step.name + ": " + e.getMessage(), e);
            if (cancelled || failed.isDone()) {
                // given up because another component failed first: that one is the reason
                finished(step.name);
                step.ready.completeExceptionally(failure);
                return;
            }
            report(step.name, "FAILED");
            if (step.optional) {
                step.failure = failure;
                step.ready.complete(null);
                return;
            }
            failed.completeExceptionally(failure);
            step.ready.completeExceptionally(failure);
        } finally {
            step.runner = null;
        }
    }

    private synchronized void starting(String name) {
        running.add(name);
        showStatus();
    }

    private synchronized void finished(String name) {
        running.remove(name);
        showStatus();
    }

    private synchronized void report(String name, String outcome) {
        running.remove(name);
        done++;
        clearStatus();
        int width = String.valueOf(steps.size()).length();
        out.printf("  [%" + width + "d/%d] %-52s%s%n", done, steps.size(), name, outcome);
        showStatus();
    }

    private synchronized void showStatus() {
        if (interactive && !running.isEmpty()) {
            String line = String.format("  … %4.0f s  starting: %s", (System.nanoTime() - begin) / 1e9, String.join(", ", running));
            out.print("\r" + (line.length() > 118 ? line.substring(0, 117) + "…" : line));
            out.flush();
        }
    }

    private synchronized void clearStatus() {
        if (interactive) {
            out.print("\r" + " ".repeat(120) + "\r");
        }
    }

    /** How long the whole plan has been running, in seconds. */
    double elapsedSeconds() {
        return (System.nanoTime() - begin) / 1e9;
    }

    /** For tests: waits for a step's outcome. */
    static <T> T await(Step<T> step, long seconds) throws InterruptedException, ExecutionException, TimeoutException {
        return step.ready.get(seconds, TimeUnit.SECONDS);
    }
}
