package org.estatecare.kit.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Localised problem texts: the kit's own ({@code org/estatecare/kit/problems*.properties}) and each
 * service's ({@code problems*.properties}: rule violations). Chinese is the default; English is
 * served when the caller's {@code Accept-Language} prefers it.
 */
public class ProblemMessages {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    public ProblemMessages() {
        source.setBasenames("org/estatecare/kit/problems", "problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
    }

    /** zh-CN unless the request asks for English first. */
    public static Locale localeOf(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? DEFAULT : best;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }

    public String title(ProblemType type, Locale locale) {
        return source.getMessage("problem." + type.slug() + ".title", null, type.slug(), locale);
    }

    public String text(String key, Object[] arguments, String fallback, Locale locale) {
        return source.getMessage(key, arguments, fallback, locale);
    }
}
