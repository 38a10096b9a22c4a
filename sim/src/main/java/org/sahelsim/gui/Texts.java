package org.sahelsim.gui;

import java.text.MessageFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's words in the current language (English or French, Mali's official language at
 * the time), from the resource bundles {@code org/sahelsim/gui/Messages*.properties}. Listeners
 * are told when the language changes, so every panel can redraw its labels.
 */
public final class Texts {
    /** The languages offered. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);
    private static final String BUNDLE = "org.sahelsim.gui.Messages";

    private Locale locale;
    private ResourceBundle bundle;
    private final List<Runnable> listeners = new ArrayList<>();

    public Texts(Locale locale) {
        setLocale(locale);
    }

    /** The language for a code ("en", "fr"), or English for anything else. */
    public static Locale languageOf(String code) {
        String c = code == null ? "" : code.trim();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equalsIgnoreCase(c)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("unknown language '" + code + "'; expected en or fr"));
    }

    public Locale locale() {
        return locale;
    }

    public void setLocale(Locale l) {
        if (!LANGUAGES.contains(l)) {
            throw new IllegalArgumentException("unsupported language " + l + "; expected one of " + LANGUAGES);
        }
        locale = l;
        // ROOT fallback control: English is the base bundle, never the machine's default locale
        bundle = ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        new ArrayList<>(listeners).forEach(Runnable::run);
    }

    /** The other language (for the switch button). */
    public Locale other() {
        return locale.equals(Locale.ENGLISH) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public void onChange(Runnable r) {
        listeners.add(r);
    }

    /** The text of a key. A missing key is a bug: it fails loudly. */
    public String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' for language " + locale, e);
        }
    }

    /** Whether a key exists. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A scenario's text in this language: {@code <kind>.<scenario name>} when the texts have it
     * (a preset's title, its description, its teaching note in French), else the file's own.
     */
    public String ofScenario(String kind, org.sahelsim.scenario.Scenario s, String own) {
        String key = kind + "." + s.name();
        return has(key) ? t(key) : own;
    }

    /** A scenario's title in this language: the preset's readable title, else the name in its file. */
    public String title(org.sahelsim.scenario.Scenario s) {
        return ofScenario("title", s, s.name());
    }

    /** The text of a key with its {0}, {1}... filled in (MessageFormat, in this language). */
    public String f(String key, Object... args) {
        return new MessageFormat(t(key), locale).format(args);
    }

    /**
     * A place's or region's name in this language: its usual name here when it has one
     * ({@code place.<name>}, spaces as underscores: "Tombouctou", "Ségou", "frontière
     * algérienne"), else the name of the data.
     */
    public String place(String name) {
        if (name == null) {
            return null;
        }
        String key = "place." + name.replace(' ', '_');
        return has(key) ? t(key) : name;
    }

    /** A route's name ("Gao-Tabankort"), each of its places in this language. */
    public String route(String name) {
        if (name == null) {
            return null;
        }
        String[] parts = name.split("-");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = place(parts[i]);
        }
        return String.join("-", parts);
    }

    /** A lever's short name ("sanctions", "MINUSMA posture"), or its identifier when it has none. */
    public String lever(String name) {
        return has("short." + name) ? t("short." + name) : name;
    }

    /** A month as words: "June 2016" or "juin 2016". */
    public String month(YearMonth m) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(m);
    }

    /** A whole number with this language's grouping. */
    public String whole(double x) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(Math.round(x));
    }

    /** A number with up to {@code decimals} decimals in this language. */
    public String num(double x, int decimals) {
        java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(decimals);
        nf.setMinimumFractionDigits(0);
        return nf.format(x);
    }
}
