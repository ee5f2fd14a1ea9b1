package org.estatecare.agreements.web;

/** An enum code with its Chinese label, as every view shows codes. */
public record Coded(String code, String label) {
}
