package org.estatecare.local;

import java.util.Arrays;

/**
 * Entry point of every child JVM the local stack starts (Kafka broker, services): runs the real main
 * class and exits — through that JVM's own shutdown hooks, so gracefully — as soon as the process
 * that started it is gone. Even if the launcher or a test JVM is killed outright, nothing is left
 * running. Depends on the JDK only: it is copied onto the child's class path as a class file.
 */
public final class ParentWatchingMain {

    static final String PARENT_PID = "estatecare.parent-pid";

    private ParentWatchingMain() {
    }

    public static void main(String[] args) throws Exception {
        exitWhenGone(Long.parseLong(System.getProperty(PARENT_PID)));
        Class.forName(args[0]).getMethod("main", String[].class)
                .invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    /** Ends this JVM, through its shutdown hooks, soon after process {@code parent} is gone. */
    static void exitWhenGone(long parent) {
        Thread watchdog = new Thread(() -> {
            while (ProcessHandle.of(parent).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(0);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
