package org.estatecare.agreements.company;

/** What a list of companies is narrowed to; {@code null} means "any". {@code name} matches any part of the name. */
public record CompanyFilter(CompanyStatus status, String name) {
}
