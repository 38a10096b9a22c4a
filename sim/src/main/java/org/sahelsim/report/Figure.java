package org.sahelsim.report;

/** A chart written to {@code charts/}: its file name, a short title and a caption in plain words. */
record Figure(String file, String title, String caption) {
}
